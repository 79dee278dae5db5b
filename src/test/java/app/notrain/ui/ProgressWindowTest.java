package app.notrain.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.CatalogSource;
import app.notrain.i18n.Language;
import app.notrain.progress.ProgressData;
import app.notrain.progress.StepStatus;
import app.notrain.store.ProgressStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** First run through the wizard, ticking steps, linked accounts, undo and a restart, on a real store file. */
@ExtendWith(ApplicationExtension.class)
class ProgressWindowTest {
    private static final Clock NOV_22_2026 = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Path store;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        store = dir.resolve("progress.json");
        MainWindow.show(stage, context());
    }

    private AppContext context() {
        return new AppContext(NOV_22_2026, Language.EN, store, () -> CatalogSource.load(null), url -> { }, text -> { },
                BackgroundWork.onCallingThread());
    }

    @Test
    void theWizardSetsUpFourAccountsOnThreePlatformsUsingOnlyTheKeyboardWhereItCan(FxRobot robot) throws Exception {
        assertThat(text(robot, "#wizard-title")).isEqualTo("Welcome to NoTrain");
        robot.clickOn("#wizard-title");                               // the window gets the keyboard
        robot.type(KeyCode.ENTER);                                    // language: English
        robot.type(KeyCode.ENTER);                                    // region: nothing chosen yet
        assertThat(text(robot, "#wizard-problem")).isEqualTo("Choose where you live.");
        robot.clickOn("#wizard-region-eu_eea").type(KeyCode.ENTER);
        assertThat(text(robot, "#wizard-title")).isEqualTo("How old are you?");
        robot.type(KeyCode.ENTER);                                    // 18 or older (default)
        assertThat(text(robot, "#wizard-title")).isEqualTo("Who is this for?");
        robot.type(KeyCode.ENTER);                                    // for myself (default)
        assertThat(text(robot, "#wizard-title")).isEqualTo("Which platforms do you use?");
        robot.clickOn("#wizard-platform-linkedin").clickOn("#wizard-platform-facebook")
                .clickOn("#wizard-platform-instagram").type(KeyCode.ENTER);
        robot.type(KeyCode.ENTER);                                    // no labels yet
        assertThat(text(robot, "#wizard-problem")).startsWith("Give every account a label");
        robot.clickOn("#wizard-account-linkedin-0-label").write("me@work.example");
        robot.clickOn("#wizard-account-facebook-0-label").write("me@home.example");
        robot.clickOn("#wizard-account-facebook-0-group").write("Family");
        robot.clickOn("#wizard-account-instagram-0-label").write("@me");
        robot.clickOn("#wizard-account-instagram-0-group").write("Family");
        robot.clickOn("#wizard-another-instagram");
        robot.clickOn("#wizard-account-instagram-1-label").write("@my_shop");
        robot.type(KeyCode.ENTER);
        // Grouped by platform, with the Accounts Centre each account shares its objection through.
        assertThat(allText(robot, "#wizard-summary-linkedin")).isEqualTo("• me@work.example");
        assertThat(allText(robot, "#wizard-summary-instagram"))
                .isEqualTo("• @me · Accounts Centre: Family\n• @my_shop");
        robot.type(KeyCode.ENTER);                                    // finish

        assertThat(robot.lookup("#wizard").tryQuery()).isEmpty();
        ProgressData saved = waitForSaved(data -> data.accounts().size() == 4);
        assertThat(saved.setupDone()).isTrue();
        assertThat(saved.accounts()).extracting(a -> a.platformId() + ":" + a.label()).containsExactly(
                "linkedin:me@work.example", "facebook:me@home.example", "instagram:@me", "instagram:@my_shop");
    }

    @Test
    void arrowKeysChooseTheRegionAndTheChoiceIsSaved(FxRobot robot) throws Exception {
        robot.clickOn("#wizard-title");
        robot.type(KeyCode.ENTER);                                    // language
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.DOWN);                                     // EU/EEA has the focus: down to the UK
        robot.type(KeyCode.ENTER);
        assertThat(text(robot, "#wizard-title")).isEqualTo("How old are you?");
        robot.type(KeyCode.ENTER).type(KeyCode.ENTER);                // adult, personal
        robot.clickOn("#wizard-platform-x").type(KeyCode.ENTER);
        robot.clickOn("#wizard-account-x-0-label").write("@me").type(KeyCode.ENTER);
        robot.type(KeyCode.ENTER);                                    // finish

        ProgressData saved = waitForSaved(data -> data.setupDone());
        assertThat(saved.profile().region()).isEqualTo(app.notrain.catalog.Region.UK);
    }

    @Test
    void typingInANoteSurvivesAChangeRecordedElsewhereOnThePage(FxRobot robot) {
        robot.clickOn("#wizard-cancel");
        robot.clickOn("LinkedIn");
        addAccount(robot, "me@work.example", null);
        javafx.scene.control.TextField note = robot.lookup("#step-linkedin-1-turn-off-ai-training-note").query();
        robot.interact(() -> {
            note.requestFocus();
            note.setText("half-typed");
        });
        ChoiceBox<StepStatus> other = robot.lookup("#step-linkedin-1-open-ai-data-setting-status").query();
        robot.interact(() -> other.setValue(StepStatus.DONE));       // recorded; the page refreshes

        javafx.scene.control.TextField after = robot.lookup("#step-linkedin-1-turn-off-ai-training-note").query();
        assertThat(after).isSameAs(note);
        assertThat(after.getText()).isEqualTo("half-typed");
        assertThat(text(robot, "#step-linkedin-1-open-ai-data-setting-situation")).isEqualTo("Done");
    }

    @Test
    void cancellingTheWizardSavesNothing(FxRobot robot) {
        robot.clickOn("#wizard-title");
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.ESCAPE);

        assertThat(robot.lookup("#wizard").tryQuery()).isEmpty();
        assertThat(robot.lookup("#platforms").tryQuery()).isPresent();
        assertThat(Files.exists(store)).isFalse();
    }

    @Test
    void tickingMetasObjectionMarksTheLinkedAccountThenUndoAndRestartKeepTheRightState(FxRobot robot)
            throws Exception {
        robot.clickOn("#wizard-cancel");                               // skip the wizard: add accounts by hand
        robot.clickOn("Facebook");
        addAccount(robot, "me@home.example", "Family");
        robot.clickOn("Instagram");
        addAccount(robot, "@me", "Family");
        addAccount(robot, "@shop", "");

        ChoiceBox<StepStatus> status = robot.lookup("#step-instagram-1-submit-objection-status").query();
        robot.interact(() -> status.setValue(StepStatus.DONE));

        assertThat(text(robot, "#accounts-feedback")).contains("Marked too, same Accounts Centre: Facebook · me@home.example");
        assertThat(text(robot, "#step-instagram-2-submit-objection-situation")).isEqualTo("To do");
        robot.clickOn("Facebook");
        assertThat(text(robot, "#step-facebook-1-submit-objection-situation")).isEqualTo("Done");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(text(robot, "#status")).startsWith("Undone:");
        assertThat(text(robot, "#step-facebook-1-submit-objection-situation")).isEqualTo("To do");

        robot.clickOn("Instagram");
        ChoiceBox<StepStatus> again = robot.lookup("#step-instagram-1-submit-objection-status").query();
        robot.interact(() -> again.setValue(StepStatus.WAITING));
        waitForSaved(data -> data.steps().getOrDefault("facebook-1", java.util.Map.of()).containsKey("submit-objection"));

        Stage reopened = restart(robot);
        robot.interact(reopened::toFront);
        assertThat(robot.lookup("#dashboard").tryQuery()).isPresent();          // home once there are accounts
        robot.clickOn("#nav-platforms");
        robot.clickOn("Facebook");
        assertThat(text(robot, "#step-facebook-1-submit-objection-situation")).isEqualTo("Waiting");
        assertThat(allText(robot, "#account-facebook-1")).contains("Waiting until 24 November 2026.");
    }

    @Test
    void aDamagedStoreIsNotTouchedAndItsBackupCanBeRestored(FxRobot robot) throws Exception {
        robot.clickOn("#wizard-cancel");
        robot.clickOn("LinkedIn");
        addAccount(robot, "me@work.example", null);
        waitForSaved(data -> data.accounts().size() == 1);
        addAccount(robot, "second@work.example", null);
        waitForSaved(data -> data.accounts().size() == 2);
        robot.interact(stage::hide);                                   // releases the store
        byte[] garbage = "{\"schemaVersion\": 1, \"accounts\": [".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(store, garbage);

        restart(robot);

        assertThat(text(robot, ".store-problem .section-title")).isEqualTo("Your progress file cannot be read");
        assertThat(Files.readAllBytes(store)).isEqualTo(garbage);
        robot.clickOn("#restore-backup");
        assertThat(robot.lookup("#store-problem").tryQuery()).isEmpty();
        assertThat(text(robot, "#status")).startsWith("Restored the backup");
        try (var files = Files.list(dir)) {
            Path aside = files.filter(p -> p.getFileName().toString().contains("damaged")).findFirst().orElseThrow();
            assertThat(Files.readAllBytes(aside)).isEqualTo(garbage);
        }
    }

    private void addAccount(FxRobot robot, String label, String group) {
        robot.interact(() -> robot.lookup("#new-account-label").queryTextInputControl().setText(label));
        if (group != null) {
            robot.interact(() -> robot.lookup("#new-account-group").queryTextInputControl().setText(group));
        }
        robot.interact(() -> robot.lookup("#add-account").queryButton().fire());
    }

    private Stage restart(FxRobot robot) {
        Stage[] next = new Stage[1];
        robot.interact(() -> {
            stage.hide();
            next[0] = new Stage();
            MainWindow.show(next[0], context());
        });
        stage = next[0];
        return next[0];
    }

    private ProgressData waitForSaved(java.util.function.Predicate<ProgressData> condition) throws Exception {
        ProgressData[] found = new ProgressData[1];
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            found[0] = readWithoutLock();
            return found[0] != null && condition.test(found[0]);
        });
        return found[0];
    }

    /** Reads the file as another program would; the window holds the lock, so parse it directly. */
    private ProgressData readWithoutLock() {
        try {
            Path copy = dir.resolve("copy-" + System.nanoTime() + ".json");
            Files.copy(store, copy);
            try (ProgressStore other = ProgressStore.open(copy, NOV_22_2026)) {
                return other.load();
            }
        } catch (Exception e) {
            return null;
        }
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static String allText(FxRobot robot, String query) {
        javafx.scene.Node root = robot.lookup(query).query();
        return robot.from(root).lookup((java.util.function.Predicate<javafx.scene.Node>) n -> n instanceof Labeled)
                .queryAll().stream().map(n -> ((Labeled) n).getText()).filter(t -> t != null)
                .collect(java.util.stream.Collectors.joining("\n"));
    }
}
