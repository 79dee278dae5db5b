package app.notrain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.Region;
import app.notrain.progress.Profile;
import app.notrain.progress.ProgressData;
import app.notrain.progress.UseKind;
import app.notrain.store.ProgressStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code notrain profile}: shows what the set-up asks, and changes it for scripts and a DPO's set-up. */
class ProfileCommandTest {
    @TempDir
    Path folder;

    private CliRun cli;
    private Path store;

    @BeforeEach
    void setUp() {
        cli = new CliRun(folder);
        store = folder.resolve("progress.json");
    }

    private ProgressData saved() throws Exception {
        try (ProgressStore opened = ProgressStore.open(store, CliRun.MAY_22_2025)) {
            return opened.load();
        }
    }

    @Test
    void aDposSetUpFromTheCommandLineIsSavedAndShown() throws Exception {
        CliRun.Result result = cli.run("--store", store.toString(), "profile", "--region", "uk", "--adult", "yes",
                "--use", "business", "--organisation", "ACME « Société » SARL", "--author", "Claire Dubois, DPO");

        assertThat(result.code()).isEqualTo(Cli.OK);
        assertThat(result.err()).isEmpty();
        assertThat(result.lines()).containsExactly("Profile saved.", "Region: United Kingdom", "Age: 18 or older",
                "Use: For a business (company page, employees)", "Organisation: ACME « Société » SARL",
                "Report author: Claire Dubois, DPO");
        ProgressData data = saved();
        assertThat(data.setupDone()).as("the window does not ask again").isTrue();
        assertThat(data.profile()).isEqualTo(new Profile(Region.UK, true, UseKind.BUSINESS)
                .withNames("ACME « Société » SARL", "Claire Dubois, DPO"));
        assertThat(Files.readString(store)).contains("\"organisation\":\"ACME « Société » SARL\"",
                "\"author\":\"Claire Dubois, DPO\"");
    }

    @Test
    void oneOptionChangesOnlyItsAnswerAndAnEmptyNameRemovesIt() throws Exception {
        cli.run("--store", store.toString(), "profile", "--use", "business", "--organisation", "ACME",
                "--author", "Claire");

        CliRun.Result result = cli.run("--store", store.toString(), "profile", "--author", "", "--adult", "no");

        assertThat(result.code()).isEqualTo(Cli.OK);
        assertThat(saved().profile()).isEqualTo(new Profile(Region.EU_EEA, false, UseKind.BUSINESS)
                .withNames("ACME", null));
        assertThat(result.out()).contains("Organisation: ACME", "Report author: (none)", "Age: Under 18");
        assertThat(saved().history()).as("each change is one undoable profile change").hasSize(2);
    }

    @Test
    void withoutOptionsItOnlyShowsAndSaysWhenTheSetUpIsNotDone() {
        CliRun.Result result = cli.run("--store", store.toString(), "--lang", "fr", "profile");

        assertThat(result.code()).isEqualTo(Cli.OK);
        assertThat(result.out()).startsWith("La configuration n’a pas encore été faite")
                .contains("Région\u00A0: UE/EEE", "Organisation\u00A0: (aucun)");
        assertThat(store).doesNotExist();
    }

    @Test
    void theSameAnswersChangeNothing() throws Exception {
        cli.run("--store", store.toString(), "profile", "--region", "ch");

        CliRun.Result again = cli.run("--store", store.toString(), "profile", "--region", "CH");

        assertThat(again.lines().get(0)).isEqualTo("The profile already says that; nothing changed.");
        assertThat(saved().history()).hasSize(1);
    }

    @Test
    void aBadValueIsNamedWithTheValidOnesAndChangesNothing() {
        CliRun.Result region = cli.run("--store", store.toString(), "profile", "--region", "france");
        CliRun.Result adult = cli.run("--store", store.toString(), "profile", "--adult", "maybe");
        CliRun.Result use = cli.run("--store", store.toString(), "profile", "--use", "company");

        assertThat(region.code()).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(region.err()).contains("france", "EU_EEA", "UK", "CH", "OTHER", "notrain profile --help");
        assertThat(adult.code()).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(adult.err()).contains("maybe", "yes", "no");
        assertThat(use.code()).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(use.err()).contains("company", "PERSONAL", "BUSINESS");
        assertThat(store).doesNotExist();
    }
}
