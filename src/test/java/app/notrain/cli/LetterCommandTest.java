package app.notrain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code notrain letter}: writing, saving, recording as sent, and the clock in {@code status --json}. */
class LetterCommandTest {
    private static final String GROUNDS = "My photos are my work as a freelance photographer.";

    @TempDir
    Path folder;

    private CliRun cli;
    private Path store;

    @BeforeEach
    void setUp() {
        cli = new CliRun(Clock.fixed(Instant.parse("2026-01-31T10:00:00Z"), ZoneOffset.UTC),
                Map.of("NOTRAIN_STORE", folder.resolve("from-environment.json").toString()));
        store = folder.resolve("progress.json");
        cli.add(store, "--platform", "facebook", "--label", "alice.fb");
    }

    private CliRun.Result letter(String... options) {
        String[] args = new String[options.length + 4];
        args[0] = "--store";
        args[1] = store.toString();
        args[2] = "letter";
        args[3] = "facebook-1";
        System.arraycopy(options, 0, args, 4, options.length);
        return cli.run(args);
    }

    @Test
    void withoutGroundsAnObjectionExitsTwoAndSaysWhyGroundsAreNeeded() {
        CliRun.Result result = letter("--kind", "objection", "--name", "Alice", "--address", "1 rue\\n75001 Paris");

        assertThat(result.code()).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(result.err()).contains("grounds relating to your particular situation", "--grounds");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void withoutANameTheLetterSaysHowToGiveItOnce() {
        CliRun.Result result = letter("--kind", "objection", "--grounds", GROUNDS);

        assertThat(result.code()).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(result.err()).contains("your name and postal address", "--name");
    }

    @Test
    void writesTheFrenchObjectionToAFileAndRecordsItSentWithItsDueDate() throws Exception {
        Path out = folder.resolve("opposition.txt");

        CliRun.Result result = letter("--kind", "objection", "--lang", "fr", "--grounds", GROUNDS,
                "--name", "Alice Martin", "--address", "12 rue des Lilas\\n75011 Paris", "--country", "FR",
                "--out", out.toString(), "--sent", "2026-01-31", "--channel", "formulaire", "--reference", "C-42");

        assertThat(result.code()).as(result.err()).isEqualTo(Cli.OK);
        assertThat(Files.readString(out)).contains("Meta Platforms Ireland Limited", "Merrion Road", GROUNDS,
                "12 rue des Lilas\n75011 Paris");
        assertThat(result.out()).contains("réponse attendue au plus tard le 2 mars 2026");

        JsonObject account = status("2026-02-10").getAsJsonArray("accounts").get(0).getAsJsonObject();
        assertThat(account.get("answerDue").getAsString()).isEqualTo("2026-03-02");
        assertThat(account.get("protection").getAsString()).isEqualTo("PENDING");
        JsonObject objection = account.getAsJsonArray("steps").asList().stream().map(e -> e.getAsJsonObject())
                .filter(s -> s.get("id").getAsString().equals("submit-objection")).findFirst().orElseThrow();
        assertThat(objection.get("evidence").getAsString()).isEqualTo("Lettre d’opposition envoyée le 31 janvier 2026 (formulaire) · C-42");
        assertThat(objection.get("note").getAsString()).contains("31 janvier 2026");

        JsonObject overdue = status("2026-03-03").getAsJsonArray("actions").get(0).getAsJsonObject();
        assertThat(overdue.get("urgency").getAsString()).isEqualTo("ANSWER_OVERDUE");
        assertThat(overdue.get("letter").getAsString()).isEqualTo("REMINDER");
    }

    @Test
    void printsTheEnglishObjectionAndTheSenderIsAskedOnlyOnce() {
        letter("--kind", "objection", "--grounds", GROUNDS, "--name", "Alice Martin", "--address", "1 Main St");

        CliRun.Result again = letter("--kind", "objection", "--grounds", GROUNDS);

        assertThat(again.code()).isEqualTo(Cli.OK);
        assertThat(again.out()).startsWith("Objection under Article 21(1) GDPR")
                .contains("Alice Martin\n1 Main St", "Facebook account: alice.fb", GROUNDS);
        assertThat(status("2026-02-10").getAsJsonArray("accounts").get(0).getAsJsonObject().get("answerDue")
                .isJsonNull()).as("printing is not sending").isTrue();
    }

    @Test
    void aReminderBeforeAnyObjectionIsRefused() {
        CliRun.Result result = letter("--kind", "reminder", "--name", "A", "--address", "B");

        assertThat(result.code()).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(result.err()).contains("record the objection as sent first");
    }

    private JsonObject status(String today) {
        CliRun.Result result = cli.run("--store", store.toString(), "status", "--json", "--today", today);
        return JsonParser.parseString(result.out()).getAsJsonObject();
    }
}
