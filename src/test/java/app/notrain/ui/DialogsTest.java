package app.notrain.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.CatalogSource;
import app.notrain.i18n.Language;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A dialog speaks the window's language and wears its theme, whatever the JVM's locale. */
@ExtendWith(ApplicationExtension.class)
class DialogsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);
    private MainView view;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        // No store yet: the window opens on the wizard, whose Cancel asks before dropping the answers.
        view = MainWindow.show(stage, new AppContext(CLOCK, Language.FR, dir.resolve("progress.json"),
                () -> CatalogSource.load(null), url -> { }, text -> { }, BackgroundWork.onCallingThread()));
    }

    @Test
    void aFrenchDialogHasFrenchButtonsThatSayWhatTheyDoAndTheDarkTheme(FxRobot robot) {
        robot.interact(() -> view.state().themeProperty().set(Theme.DARK));
        robot.clickOn("#wizard-title").type(javafx.scene.input.KeyCode.ENTER).type(javafx.scene.input.KeyCode.ENTER);
        robot.clickOn("#wizard-region-eu_eea").type(javafx.scene.input.KeyCode.ENTER)
                .type(javafx.scene.input.KeyCode.ENTER).type(javafx.scene.input.KeyCode.ENTER);
        robot.clickOn("#wizard-platform-linkedin");               // an answer that leaving would lose

        robot.clickOn("#wizard-cancel");
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        List<String> buttons = robot.from(pane).lookup(".button").queryAllAs(Button.class).stream()
                .map(Button::getText).toList();
        assertThat(buttons).containsExactlyInAnyOrder("Quitter la configuration", "Continuer");
        assertThat(((javafx.scene.control.Label) pane.lookup(".content")).getText()).startsWith("Quitter la configuration ?");
        assertThat(pane.getStyleClass()).contains(Theme.ROOT_CLASS, Theme.DARK_CLASS);
        assertThat(pane.getStylesheets()).contains(Theme.STYLESHEET);
        Button keep = robot.lookup("#dialog-keep").queryButton();
        assertThat(keep.isDefaultButton()).as("Enter keeps the answers").isTrue();

        robot.clickOn(keep);
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        Node wizard = robot.lookup("#wizard").query();
        assertThat(wizard).isNotNull();                            // still in the set-up, answers kept
        assertThat(robot.lookup("#wizard-title").queryLabeled().getText()).isEqualTo("Quelles plateformes utilisez-vous ?");
    }
}
