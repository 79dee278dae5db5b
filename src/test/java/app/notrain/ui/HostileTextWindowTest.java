package app.notrain.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.adversarial.EveryPartBook;
import app.notrain.adversarial.HostileTexts;
import app.notrain.catalog.CatalogSource;
import app.notrain.catalog.Platform;
import app.notrain.i18n.Language;
import app.notrain.report.ReportFormats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on a store with hostile text in every part a user fills: each screen (dashboard,
 * the platform pages of every account, the platform of the user's own, settings, export, the letter
 * window) opens without an exception on the JavaFX thread, and shows the texts.
 */
@ExtendWith(ApplicationExtension.class)
class HostileTextWindowTest {
    @TempDir
    Path dir;
    private final List<Throwable> thrown = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> thrown.add(e));
        Path store = dir.resolve("progress.json");
        EveryPartBook.save(HostileTexts.ALL, store);
        MainWindow.show(stage, new AppContext(EveryPartBook.CLOCK, Language.EN, store, () -> CatalogSource.load(null),
                link -> { }, text -> { }, BackgroundWork.onCallingThread()));
    }

    @Test
    void everyScreenOpensAndShowsTheHostileTexts(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dashboard").tryQuery().isPresent());
        assertThat(shownIn(robot.lookup("#dashboard").query())).contains("gpj.exe");

        robot.clickOn("#nav-platforms");
        ListView<Platform> platforms = robot.lookup("#platforms").queryListView();
        for (String id : List.of("instagram", "facebook", "linkedin", "x")) {
            open(robot, platforms, id);
            assertThat(shownIn(robot.lookup("#accounts").query())).as(id).isNotBlank();
        }
        Platform own = platforms.getItems().stream().filter(p -> p.id().startsWith(app.notrain.progress.CustomPlatform.ID_PREFIX)).findFirst().orElseThrow();
        open(robot, platforms, own.id());
        assertThat(robot.lookup("#platform-title").queryAs(Labeled.class).getText()).contains("gpj.exe");
        assertThat(shownIn(robot.lookup("#platform-view").query())).contains("isolated");

        open(robot, platforms, "instagram");
        Button letter = robot.lookup((Node n) -> n instanceof Button && n.getId() != null
                && n.getId().startsWith("letter-")).queryButton();
        robot.interact(letter::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#letter-dialog").tryQuery().isPresent());
        Parent dialog = robot.lookup("#letter-dialog").query();
        assertThat(shownIn(dialog)).isNotBlank();
        robot.interact(() -> dialog.getScene().getWindow().hide());

        robot.clickOn("#nav-settings");
        assertThat(shownIn(robot.lookup(".settings").query())).isNotBlank();

        robot.clickOn("#nav-report");
        for (ReportFormats format : ReportFormats.values()) {
            Path target = dir.resolve("window." + format.name().toLowerCase(Locale.ROOT));
            robot.interact(() -> {
                robot.lookup("#report-format").<ChoiceBox<ReportFormats>>query().setValue(format);
                robot.lookup("#report-target").queryAs(TextField.class).setText(target.toString());
            });
            robot.interact(() -> robot.lookup("#report-export").queryButton().fire());
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(target)
                    && robot.lookup("#report-result").queryAs(Labeled.class).getText().startsWith("Report written"));
        }

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(thrown).as("exceptions on the JavaFX thread").isEmpty();
        assertThat(Window.getWindows()).hasSize(1);
    }

    private static void open(FxRobot robot, ListView<Platform> platforms, String id) {
        robot.interact(() -> platforms.getSelectionModel().select(
                platforms.getItems().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every text a label, button or field under {@code root} shows. */
    private static String shownIn(Node root) {
        return new FxRobot().from(root).lookup((Node node) -> node instanceof Labeled || node instanceof TextInputControl)
                .queryAll().stream()
                .map(node -> node instanceof Labeled l ? l.getText() : ((TextInputControl) node).getText())
                .filter(t -> t != null)
                .collect(Collectors.joining("\n"));
    }
}
