package app.notrain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever a label holds, nothing the command line prints can act on the terminal. */
class TerminalOutputTest {
    private static final String HOSTILE = "clear\u001B[2J\u001B]0;owned\u0007 \u202Eexe.txt\u200B \u009B31m";
    /** Controls but the line breaks, direction controls, invisible characters. */
    private static final Pattern FORBIDDEN = Pattern.compile(
            "[\\x00-\\x09\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u061C\\u200B\\u200E\\u200F\\u202A-\\u202E\\u2060-\\u206F\\uFEFF]");

    @TempDir
    Path folder;
    private CliRun cli;
    private Path store;

    @BeforeEach
    void setUp() {
        cli = new CliRun(folder);
        store = folder.resolve("progress.json");
        cli.add(store, "--platform", "instagram", "--label", HOSTILE, "--owner", HOSTILE, "--group", HOSTILE);
    }

    private CliRun.Result run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--store";
        all[1] = store.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.run(all);
    }

    @Test
    void theStatusAndListTablesShowControlsAsPicturesAndDropDirectionAndInvisibleCharacters() {
        for (CliRun.Result result : new CliRun.Result[] {run("status", "--today", "2025-09-01"),
                run("account", "list", "--today", "2025-09-01")}) {
            assertThat(result.code()).isEqualTo(Cli.OK);
            assertThat(FORBIDDEN.matcher(result.out()).find()).as(result.out()).isFalse();
            assertThat(result.out()).contains("clear␛[2J␛]0;owned␇");
        }
    }

    @Test
    void jsonOutputEscapesThemAndReadsBackToTheExactLabel() {
        CliRun.Result result = run("account", "list", "--json");

        assertThat(FORBIDDEN.matcher(result.out()).find()).isFalse();
        assertThat(JsonParser.parseString(result.out()).getAsJsonArray().get(0).getAsJsonObject().get("label")
                .getAsString()).isEqualTo(HOSTILE);
    }

    @Test
    void anArgumentEchoedInAnErrorCannotActEither() {
        CliRun.Result result = run("status", "--today", "\u001B[2J2025");

        assertThat(result.code()).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(result.err()).contains("␛[2J2025");
        assertThat(FORBIDDEN.matcher(result.err()).find()).isFalse();
    }

    @Test
    void helpHasNoColourEscapesEvenWhereColoursAreAskedFor() {
        String saved = System.getProperty("picocli.ansi");
        System.setProperty("picocli.ansi", "true");         // as a terminal that supports colours would
        try {
            CliRun.Result result = cli.run("status", "--help");

            assertThat(result.out()).contains("--json").doesNotContain("\u001B", "␛");
        } finally {
            if (saved == null) {
                System.clearProperty("picocli.ansi");
            } else {
                System.setProperty("picocli.ansi", saved);
            }
        }
    }
}
