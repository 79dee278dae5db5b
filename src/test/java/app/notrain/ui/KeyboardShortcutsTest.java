package app.notrain.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.i18n.Language;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The keyboard reaches every page, its search field and the help, and Escape closes the help. */
@ExtendWith(ApplicationExtension.class)
class KeyboardShortcutsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private AppState state;

    @Start
    void start(Stage stage) throws Exception {
        Path store = TestStores.setUpDone(dir.resolve("progress.json"), CLOCK);
        state = TestStores.window(stage, store, CLOCK, Language.FR).state();
    }

    @Test
    void ctrlCommaOpensTheSettingsAndCtrlFTheSearchOfThePageShown(FxRobot robot) {
        robot.clickOn("#status");
        robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        assertThat(state.sectionProperty().get()).isEqualTo(Section.SETTINGS);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertThat(robot.lookup("#platform-search").query().isFocused()).isTrue();
    }

    @Test
    void f1ShowsTheShortcutsInTheAppsLanguageAndEscapeClosesThem(FxRobot robot) {
        robot.clickOn("#status");
        robot.type(KeyCode.F1);
        TextArea help = robot.lookup("#dialog-text").query();
        assertThat(help.getText()).contains("Ctrl+Maj+Z ou Ctrl+Y", "Échap", dir.resolve("progress.json").toString());

        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#dialog-text").tryQuery()).isEmpty();
    }
}
