package app.notrain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.i18n.Language;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The command line, run in-process on the real catalog with a fixed clock. */
class CliTest {
    private static final Clock MAY_22_2025 = Clock.fixed(Instant.parse("2025-05-22T10:00:00Z"), ZoneOffset.UTC);

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Cli cli = new Cli(new PrintWriter(out), new PrintWriter(err), MAY_22_2025);

    @Test
    void catalogListsEveryPlatform() {
        int code = cli.execute(new String[] {"catalog", "--lang", "en"});

        assertThat(code).isEqualTo(Cli.OK);
        assertThat(out.toString()).contains("NoTrain catalog 2026.12.01: 34 platforms", "linkedin", "tiktok",
                "Social networks", "AI assistants", "chatgpt", "Regulatory context", "Proposed, not in force");
    }

    @Test
    void onePlatformReadsItsDatesAsOfTheClock() {
        int code = cli.execute(new String[] {"catalog", "facebook", "--lang", "en"});

        assertThat(code).isEqualTo(Cli.OK);
        assertThat(out.toString())
                .contains("Training starts in 5 days: object now to cover what you have already published.")
                .contains("https://www.facebook.com/help/contact/712876720715583");
    }

    @Test
    void todayCanBeGivenAndLanguageComesBeforeTheCommandToo() {
        int code = cli.execute(new String[] {"--lang", "fr", "catalog", "linkedin", "--today", "2026-11-22"});

        assertThat(code).isEqualTo(Cli.OK);
        assertThat(out.toString()).contains("L’entraînement a commencé le 3 novembre 2025");
    }

    @Test
    void jsonOutputIsACatalogBundle() {
        int code = cli.execute(new String[] {"catalog", "x", "--json"});

        JsonObject bundle = JsonParser.parseString(out.toString()).getAsJsonObject();
        assertThat(code).isEqualTo(Cli.OK);
        assertThat(bundle.get("catalogVersion").getAsString()).isEqualTo("2026.12.01");
        assertThat(bundle.getAsJsonArray("regulatory")).extracting(e -> e.getAsJsonObject().get("id").getAsString())
                .contains("dpc-grok-inquiry");
        assertThat(bundle.getAsJsonArray("platforms").get(0).getAsJsonObject().get("id").getAsString()).isEqualTo("x");
    }

    @Test
    void anUnknownLanguageIsABadArgumentThatSaysHowToFixIt() {
        int code = cli.execute(new String[] {"catalog", "--lang", "de"});

        assertThat(code).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(err.toString()).contains("--lang", "de", "EN, FR").contains("--help");
    }

    @Test
    void anUnknownPlatformNamesTheKnownOnes() {
        int code = cli.execute(new String[] {"catalog", "myspace", "--lang", "en"});

        assertThat(code).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(err.toString()).contains("Unknown platform “myspace”", "linkedin, facebook");
    }

    @Test
    void anUnknownCommandIsABadArgument() {
        int code = cli.execute(new String[] {"frobnicate"});

        assertThat(code).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(err.toString()).contains("frobnicate");
    }

    @Test
    void aBadDateIsABadArgument() {
        int code = cli.execute(new String[] {"catalog", "x", "--today", "tomorrow"});

        assertThat(code).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(err.toString()).contains("--today", "tomorrow");
    }

    @Test
    void noCommandMeansTheWindowWithTheGlobalOptions() {
        GlobalOptions options = cli.windowOptions(new String[] {"--lang", "fr", "--store", "/tmp/x.json"});

        assertThat(options).isEqualTo(new GlobalOptions(Path.of("/tmp/x.json"), Language.FR));
    }

    @Test
    void theQuickReadingOfTheWindowsOptionsAgreesWithTheCommandLinesOrStepsAside() {
        for (String[] args : List.of(new String[] {}, new String[] {"--lang", "fr", "--store", "/tmp/x.json"},
                new String[] {"--store=/tmp/y.json"}, new String[] {"--lang=EN"})) {
            assertThat(Cli.quickWindowOptions(args)).as(String.join(" ", args)).isEqualTo(cli.windowOptions(args));
        }
        // Anything else goes through the command line, which explains what is wrong.
        for (String[] args : List.of(new String[] {"catalog"}, new String[] {"--help"}, new String[] {"--lang", "de"},
                new String[] {"--store"}, new String[] {"--lang", "fr", "--lang", "en"}, new String[] {"-x"})) {
            assertThat(Cli.quickWindowOptions(args)).as(String.join(" ", args)).isNull();
        }
    }

    @Test
    void aCommandOrHelpDoesNotOpenTheWindow() {
        assertThat(cli.windowOptions(new String[] {"catalog"})).isNull();
        assertThat(cli.windowOptions(new String[] {"--help"})).isNull();
    }

    @Test
    void helpSpeaksTheLanguageAskedFor() {
        int code = cli.execute(new String[] {"--lang", "fr", "catalog", "--help"});

        assertThat(code).isEqualTo(Cli.OK);
        assertThat(out.toString()).contains("Affiche les guides des plateformes", "Affiche le catalogue en JSON");
    }

    @Test
    void helpDescribesEveryOption() {
        int code = cli.execute(new String[] {"catalog", "--help"});

        assertThat(code).isEqualTo(Cli.OK);
        assertThat(out.toString()).contains("--json", "--today", "--lang", "--store");
    }
}
