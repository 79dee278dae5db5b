package app.notrain.cli;

import static app.notrain.cli.StepCommandTest.title;
import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.CatalogReader;
import app.notrain.catalog.Region;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.ProgressData;
import app.notrain.progress.Profile;
import app.notrain.progress.UseKind;
import app.notrain.store.ProgressStore;
import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code notrain status}: progress and open actions as of a day, in words and as JSON. */
class StatusCommandTest {
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
    void addListStepAndStatusWorkOverOneStoreFile() {
        CliRun.Result added = run("account", "add", "--platform", "facebook", "--label", "Personal",
                "--owner", "Alice");
        CliRun.Result listed = run("account", "list");
        CliRun.Result stepped = run("step", added.out().strip(), "check-accounts-center", "--status", "done");
        CliRun.Result status = run("status");

        assertThat(added.out().strip()).isEqualTo("facebook-1");
        assertThat(listed.out()).contains("facebook-1", "Personal", "0/3");
        assertThat(stepped.code()).isEqualTo(Cli.OK);
        assertThat(status.code()).isEqualTo(Cli.OK);
        assertThat(status.lines()).containsExactly(
                "Open actions as of 22 May 2025",
                "",
                "Most urgent first:",
                "1. Training starts on 27 May 2025: act before · facebook-1 “Personal”: "
                        + title("facebook", "submit-objection"),
                "2. Training starts on 27 May 2025: act before · facebook-1 “Personal”: "
                        + title("facebook", "keep-proof"),
                "",
                "facebook-1 · Facebook · “Personal” (Alice) · 1/3 done",
                "  - To do: " + title("facebook", "submit-objection") + " (submit-objection)",
                "  - To do: " + title("facebook", "keep-proof") + " (keep-proof)");
    }

    @Test
    void anEmptyStoreSaysThereAreNoAccountsAndHowToAddOne() {
        CliRun.Result result = run("status");

        assertThat(result.code()).isEqualTo(Cli.OK);
        assertThat(result.lines()).containsExactly(
                "No accounts yet. Add one with: notrain account add --platform ID --label TEXT");
    }

    @Test
    void linkedMetaAccountsShowTheSharedObjectionAsRecorded() {
        cli.add(store, "--platform", "facebook", "--label", "fb", "--group", "family");
        cli.add(store, "--platform", "instagram", "--label", "ig", "--group", "family");
        run("step", "facebook-1", "submit-objection", "--status", "done");

        CliRun.Result status = run("status");

        assertThat(status.out())
                .contains("instagram-1 · Instagram · “ig” · 1/3 done")
                .doesNotContain("(submit-objection)");
    }

    @Test
    void jsonHasTheDocumentedFields() {
        cli.add(store, "--platform", "facebook", "--label", "fb", "--owner", "Alice", "--group", "family");
        run("step", "facebook-1", "submit-objection", "--status", "waiting", "--note", "sent from the app",
                "--evidence", "ticket 42");

        CliRun.Result result = run("status", "--json");

        JsonObject status = new Gson().fromJson(result.out(), JsonObject.class);
        assertThat(status.keySet()).containsExactly("today", "profile", "actions", "accounts");
        JsonObject action = status.getAsJsonArray("actions").get(0).getAsJsonObject();
        assertThat(action.keySet()).containsExactly("urgency", "date", "account", "platform", "step", "title");
        assertThat(action.get("urgency").getAsString()).isEqualTo("UPCOMING");
        assertThat(action.get("date").getAsString()).isEqualTo("2025-05-27");
        assertThat(status.get("today").getAsString()).isEqualTo("2025-05-22");
        JsonObject profile = status.getAsJsonObject("profile");
        assertThat(profile.keySet()).containsExactly("region", "adult", "use");
        assertThat(profile.get("region").getAsString()).isEqualTo("EU_EEA");
        JsonObject account = status.getAsJsonArray("accounts").get(0).getAsJsonObject();
        assertThat(account.keySet()).containsExactly("id", "platform", "platformName", "label", "owner", "group",
                "done", "total", "steps");
        assertThat(account.get("owner").getAsString()).isEqualTo("Alice");
        assertThat(account.get("done").getAsInt()).isZero();
        assertThat(account.get("total").getAsInt()).isEqualTo(3);
        JsonArray steps = account.getAsJsonArray("steps");
        assertThat(steps).hasSize(3);
        JsonObject untouched = steps.get(0).getAsJsonObject();
        assertThat(untouched.keySet()).containsExactly("id", "title", "situation", "open", "status", "changedAt",
                "until", "due", "note", "evidence", "notApplicableReason", "catalogChanged");
        assertThat(untouched.get("status").getAsString()).isEqualTo("TODO");
        assertThat(untouched.get("changedAt").isJsonNull()).isTrue();
        assertThat(untouched.get("open").getAsBoolean()).isTrue();
        JsonObject waiting = steps.get(1).getAsJsonObject();
        assertThat(waiting.get("id").getAsString()).isEqualTo("submit-objection");
        assertThat(waiting.get("title").getAsString()).isEqualTo(title("facebook", "submit-objection"));
        assertThat(waiting.get("situation").getAsString()).isEqualTo("WAITING");
        assertThat(waiting.get("open").getAsBoolean()).isFalse();
        assertThat(waiting.get("status").getAsString()).isEqualTo("WAITING");
        assertThat(waiting.get("changedAt").getAsString()).isEqualTo("2025-05-22T10:00:00Z");
        assertThat(waiting.get("until").getAsString()).isEqualTo("2025-05-24");
        assertThat(waiting.get("due").getAsString()).isEqualTo("2025-05-24");
        assertThat(waiting.get("note").getAsString()).isEqualTo("sent from the app");
        assertThat(waiting.get("evidence").getAsString()).isEqualTo("ticket 42");
        assertThat(waiting.get("notApplicableReason").isJsonNull()).isTrue();
        assertThat(waiting.get("catalogChanged").getAsBoolean()).isFalse();
    }

    @Test
    void aWaitComesBackAsAnActionTheDayAfterItEnds() {
        cli.add(store, "--platform", "facebook", "--label", "fb");
        run("step", "facebook-1", "submit-objection", "--status", "waiting", "--until", "2025-05-24");

        CliRun.Result lastDay = run("status", "--today", "2025-05-24");
        CliRun.Result dayAfter = run("status", "--today", "2025-05-25");

        assertThat(lastDay.out()).contains("Open actions as of 24 May 2025").doesNotContain("(submit-objection)");
        assertThat(dayAfter.out()).contains("  - The wait ended on 24 May 2025: check for an answer, or follow up: "
                + title("facebook", "submit-objection") + " (submit-objection)");
    }

    @Test
    void aDoneSettingComesBackForARecheckWhenItsIntervalIsOver() {
        cli.add(store, "--platform", "linkedin", "--label", "me");
        run("step", "linkedin-1", "turn-off-ai-training", "--status", "done");

        CliRun.Result before = run("status", "--today", "2025-08-19");
        CliRun.Result due = run("status", "--today", "2025-08-20");
        CliRun.Result dueJson = run("status", "--today", "2025-08-20", "--json");

        assertThat(before.out()).doesNotContain("(turn-off-ai-training)");
        assertThat(due.out()).contains("  - Check again (due 20 August 2025): "
                + title("linkedin", "turn-off-ai-training") + " (turn-off-ai-training)");
        assertThat(dueJson.out()).contains("\"situation\": \"RECHECK_DUE\"", "\"due\": \"2025-08-20\"");
    }

    @Test
    void stepsThatDoNotApplySayWhy() throws Exception {
        saveProfileAndAccount(new Profile(Region.OTHER, true, UseKind.PERSONAL), "facebook");

        CliRun.Result result = run("status");

        assertThat(result.out())
                .contains("facebook-1 · Facebook · “me” · 0/1 done")
                .contains("  - To do: " + title("facebook", "check-accounts-center"))
                .contains("  · Does not apply in your region: " + title("facebook", "submit-objection"));
    }

    @Test
    void stepsForMinorsSayThePlatformLeavesThemOut() throws Exception {
        saveProfileAndAccount(new Profile(Region.EU_EEA, false, UseKind.PERSONAL), "linkedin");

        CliRun.Result result = run("status");
        CliRun.Result json = run("status", "--json");

        assertThat(result.out()).contains("0/0 done", "Nothing to do for now.",
                "  · Does not apply: this platform leaves out under-18s: ");
        assertThat(json.out()).contains("\"notApplicableReason\": \"MINOR\"", "\"adult\": false");
    }

    @Test
    void statusSpeaksFrenchWithFrenchTitlesAndDates() {
        cli.add(store, "--platform", "x", "--label", "moi");

        CliRun.Result result = cli.run("--lang", "fr", "--store", store.toString(), "status");

        assertThat(result.out()).contains("Actions à mener au 22 mai 2025", "« moi » · 0/4 faites",
                "  - À faire : " + CatalogReader.builtIn().platform("x").orElseThrow().step("uncheck-training")
                        .orElseThrow().title().fr());
    }

    @Test
    void aBadTodayIsABadArgument() {
        CliRun.Result result = run("status", "--today", "22/05/2025");

        assertThat(result.code()).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(result.err()).contains("--today", "22/05/2025");
    }

    private CliRun.Result run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--store";
        all[1] = store.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.run(all);
    }

    private void saveProfileAndAccount(Profile profile, String platform) throws Exception {
        ProgressBook book = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY, CliRun.MAY_22_2025);
        book.completeSetup(profile);
        book.addAccount(platform, "me", null, null);
        try (ProgressStore progressStore = ProgressStore.open(store, CliRun.MAY_22_2025)) {
            progressStore.save(book.snapshot());
        }
    }
}
