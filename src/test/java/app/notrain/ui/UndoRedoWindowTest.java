package app.notrain.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.CatalogReader;
import app.notrain.catalog.Region;
import app.notrain.i18n.Language;
import app.notrain.progress.Profile;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.ProgressData;
import app.notrain.progress.StepStatus;
import app.notrain.progress.UseKind;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Ctrl+Z and Ctrl+Shift+Z in a real window on a real store: edits go back and forth, the set-up and
 * accounts never go without a question, and a text field keeps its own undo.
 */
@ExtendWith(ApplicationExtension.class)
class UndoRedoWindowTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private AppState state;

    @Start
    void start(Stage stage) throws Exception {
        Path store = dir.resolve("progress.json");
        // The set-up (profile and two accounts) as one action, then one step ticked.
        ProgressBook book = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY, CLOCK);
        book.completeSetup(new Profile(Region.EU_EEA, true, UseKind.PERSONAL), List.of(
                new ProgressBook.NewAccount("linkedin", "me@work.example", null, null),
                new ProgressBook.NewAccount("x", "@me", null, null)));
        book.setStep("x-1", book.platform("x").orElseThrow().steps().get(0).id(), StepStatus.DONE, null, null, null);
        TestStores.saved(store, book, CLOCK);
        state = TestStores.window(stage, store, CLOCK, Language.EN).state();
    }

    @Test
    void undoRevertsTheStepThenAsksBeforeUndoingTheSetUpAndKeepsItWhenTheUserSaysKeep(FxRobot robot) {
        robot.clickOn("#status");                                   // focus outside any text field
        undo(robot);
        assertThat(text(robot, "#status")).startsWith("Undone: X / Grok · @me");
        assertThat(state.book().record("x-1", firstXStep())).isEmpty();

        undo(robot);                                                // the set-up: a question first
        DialogPane question = robot.lookup(".app-dialog").query();
        assertThat(question.getContentText()).contains("set-up wizard will show again", "me@work.example", "@me");
        robot.clickOn("#dialog-keep");

        assertThat(state.book().accounts()).hasSize(2);
        assertThat(state.book().setupDone()).isTrue();
        assertThat(text(robot, "#status")).startsWith("Not undone:");
    }

    @Test
    void aConfirmedUndoOfTheSetUpShowsTheWizardAndRedoBringsEverythingBack(FxRobot robot) {
        robot.clickOn("#status");
        undo(robot);
        undo(robot);
        assertThat(robot.lookup("#dialog-confirm").queryButton().getText()).isEqualTo("Undo");
        robot.clickOn("#dialog-confirm");
        assertThat(state.book().accounts()).isEmpty();
        assertThat(robot.lookup("#wizard").tryQuery()).isPresent();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(robot.lookup("#dialog-confirm").queryButton().getText()).isEqualTo("Redo");
        robot.clickOn("#dialog-confirm");
        assertThat(state.book().accounts()).hasSize(2);
        assertThat(robot.lookup("#wizard").tryQuery()).isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);   // the step, no question
        assertThat(state.book().record("x-1", firstXStep()).orElseThrow().status()).isEqualTo(StepStatus.DONE);
        assertThat(text(robot, "#status")).startsWith("Redone: X / Grok · @me");
    }

    @Test
    void ctrlZInATextFieldIsTheFieldsOwnUndo(FxRobot robot) {
        robot.interact(() -> {
            state.sectionProperty().set(Section.PLATFORMS);
            state.selectedPlatformIdProperty().set("x");
        });
        TextField note = robot.lookup("#step-x-1-" + firstXStep() + "-note").query();
        robot.interact(note::requestFocus);
        robot.write("abc");
        undo(robot);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(note.getText()).isNotEqualTo("abc");
        assertThat(state.book().record("x-1", firstXStep()).orElseThrow().status()).isEqualTo(StepStatus.DONE);
    }

    private String firstXStep() {
        return state.book().platform("x").orElseThrow().steps().get(0).id();
    }

    private static void undo(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
    }

    private static String text(FxRobot robot, String query) {
        return ((Labeled) robot.lookup(query).query()).getText();
    }
}
