package app.notrain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.CatalogReader;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code notrain step ACCOUNT STEP --status S}: recording, linked accounts, and every way to get it wrong. */
class StepCommandTest {
    @TempDir
    Path folder;

    private CliRun cli;
    private Path store;

    @BeforeEach
    void setUp() {
        cli = new CliRun(folder);
        store = folder.resolve("progress.json");
    }

    @Test
    void recordsTheStepAndSaysSoOnOneLine() {
        String id = cli.add(store, "--platform", "linkedin", "--label", "me");

        CliRun.Result result = cli.run("--store", store.toString(), "step", id, "turn-off-ai-training",
                "--status", "done", "--evidence", "screenshot.png");

        assertThat(result.code()).isEqualTo(Cli.OK);
        assertThat(result.lines()).containsExactly(
                "linkedin-1: “" + title("linkedin", "turn-off-ai-training") + "” → Done");
        JsonObject step = step(status(), 0, "turn-off-ai-training");
        assertThat(step.get("status").getAsString()).isEqualTo("DONE");
        assertThat(step.get("evidence").getAsString()).isEqualTo("screenshot.png");
        assertThat(step.get("changedAt").getAsString()).isEqualTo("2025-05-22T10:00:00Z");
    }

    @Test
    void aWaitWithoutAnEndGetsThePlatformsUsualWait() {
        cli.add(store, "--platform", "facebook", "--label", "me");

        CliRun.Result result = cli.run("--store", store.toString(), "step", "facebook-1", "submit-objection",
                "--status", "WAITING");

        assertThat(result.lines()).containsExactly(
                "facebook-1: “" + title("facebook", "submit-objection") + "” → Waiting, until 24 May 2025");
    }

    @Test
    void metaObjectionIsRecordedForTheLinkedAccountsTooAndSaysWhich() {
        cli.add(store, "--platform", "facebook", "--label", "Alice FB", "--group", "Alice");
        cli.add(store, "--platform", "instagram", "--label", "@alice", "--group", "alice");
        cli.add(store, "--platform", "instagram", "--label", "@unlinked");

        CliRun.Result result = cli.run("--store", store.toString(), "step", "facebook-1", "submit-objection",
                "--status", "done");

        assertThat(result.code()).isEqualTo(Cli.OK);
        assertThat(result.lines()).hasSize(2);
        assertThat(result.lines().get(1))
                .isEqualTo("Also recorded for the linked accounts of the same Accounts Centre: instagram-1 (“@alice”)");
        JsonObject status = status();
        assertThat(step(status, 1, "submit-objection").get("status").getAsString()).isEqualTo("DONE");
        assertThat(step(status, 2, "submit-objection").get("status").getAsString()).isEqualTo("TODO");
    }

    @Test
    void naMeansNotApplicableAndTheNoteSaysWhy() {
        cli.add(store, "--platform", "snapchat", "--label", "me");

        CliRun.Result result = cli.run("--store", store.toString(), "step", "snapchat-1", "limit-my-selfie",
                "--status", "na", "--note", "I never used My Selfie");

        assertThat(result.code()).isEqualTo(Cli.OK);
        JsonObject step = step(status(), 0, "limit-my-selfie");
        assertThat(step.get("status").getAsString()).isEqualTo("NOT_APPLICABLE");
        assertThat(step.get("notApplicableReason").getAsString()).isEqualTo("USER");
        assertThat(step.get("note").getAsString()).isEqualTo("I never used My Selfie");
    }

    @Test
    void anUnknownAccountIsABadArgumentNamingTheKnownOnes() throws Exception {
        cli.add(store, "--platform", "x", "--label", "me");
        byte[] before = Files.readAllBytes(store);

        CliRun.Result result = cli.run("--store", store.toString(), "step", "x-7", "turn-off-grok", "--status",
                "done");

        assertThat(result.code()).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(result.err()).contains("Unknown account “x-7”", "x-1");
        assertThat(Files.readAllBytes(store)).isEqualTo(before);
    }

    @Test
    void anUnknownAccountInAnEmptyStoreSaysHowToAddOne() {
        CliRun.Result result = cli.run("--store", store.toString(), "step", "x-1", "anything", "--status", "done");

        assertThat(result.code()).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(result.err()).contains("there are no accounts yet", "notrain account add");
    }

    @Test
    void anUnknownStepIsABadArgumentListingThatPlatformsSteps() throws Exception {
        cli.add(store, "--platform", "facebook", "--label", "me");
        byte[] before = Files.readAllBytes(store);

        CliRun.Result result = cli.run("--store", store.toString(), "step", "facebook-1", "turn-off-ai-training",
                "--status", "done");

        assertThat(result.code()).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(result.err()).contains("The platform facebook has no step “turn-off-ai-training”",
                "check-accounts-center, submit-objection, keep-proof");
        assertThat(Files.readAllBytes(store)).isEqualTo(before);
    }

    @Test
    void aBadStatusIsABadArgumentListingTheValues() {
        cli.add(store, "--platform", "x", "--label", "me");

        CliRun.Result result = cli.run("--store", store.toString(), "step", "x-1", "anything", "--status", "finished");

        assertThat(result.code()).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(result.err()).contains("--status", "finished", "DONE", "NA");
    }

    @Test
    void aBadUntilDateIsABadArgument() {
        cli.add(store, "--platform", "facebook", "--label", "me");

        CliRun.Result result = cli.run("--store", store.toString(), "step", "facebook-1", "submit-objection",
                "--status", "waiting", "--until", "2025-02-30");

        assertThat(result.code()).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(result.err()).contains("--until", "2025-02-30");
    }

    @Test
    void aMissingStatusIsABadArgument() {
        CliRun.Result result = cli.run("--store", store.toString(), "step", "x-1", "anything");

        assertThat(result.code()).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(result.err()).contains("--status");
    }

    static String title(String platform, String step) {
        return CatalogReader.builtIn().platform(platform).orElseThrow().step(step).orElseThrow().title().en();
    }

    private JsonObject status() {
        CliRun.Result result = cli.run("--store", store.toString(), "status", "--json");
        assertThat(result.code()).isEqualTo(Cli.OK);
        return JsonParser.parseString(result.out()).getAsJsonObject();
    }

    private static JsonObject step(JsonObject status, int account, String stepId) {
        for (var step : status.getAsJsonArray("accounts").get(account).getAsJsonObject().getAsJsonArray("steps")) {
            if (step.getAsJsonObject().get("id").getAsString().equals(stepId)) {
                return step.getAsJsonObject();
            }
        }
        throw new AssertionError("no step " + stepId + " in " + status);
    }
}
