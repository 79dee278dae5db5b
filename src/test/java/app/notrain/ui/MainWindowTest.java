package app.notrain.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.CatalogSource;
import app.notrain.catalog.Platform;
import app.notrain.i18n.Language;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window, headless, with a fixed date; only the browser and the clipboard are recorded. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private static final Clock NOV_22_2026 = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);

    private final List<String> opened = new CopyOnWriteArrayList<>();
    private final List<String> copied = new CopyOnWriteArrayList<>();

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        Path store = TestStores.setUpDone(dir.resolve("progress.json"), NOV_22_2026);
        AppContext context = new AppContext(NOV_22_2026, Language.EN, store, () -> CatalogSource.load(null), opened::add,
                copied::add, BackgroundWork.onCallingThread());
        MainWindow.show(stage, context);
    }

    @Test
    void opensOnThePlatformListWithTheFirstPlatformShown(FxRobot robot) {
        ListView<Platform> list = robot.lookup("#platforms").queryListView();

        assertThat(list.getItems()).hasSize(CatalogSource.load(null).catalog().platforms().size());
        assertThat(robot.window(MainWindow.TITLE)).isNotNull();
        assertThat(text(robot, "#platform-title")).isEqualTo("LinkedIn");
    }

    @Test
    void choosingAPlatformShowsItsPathDatesAndStepsAsOfToday(FxRobot robot) {
        robot.clickOn("Facebook");

        assertThat(text(robot, "#platform-title")).isEqualTo("Facebook");
        assertThat(allText(robot, "#platform-dates")).contains(
                "Training began on 27 May 2025: refusing still stops future use, "
                        + "but what was already collected stays in existing models.");
        assertThat(allText(robot, ".settings-path")).contains("Privacy");
        assertThat(allText(robot, "#platform-steps")).contains("1", "2");
        assertThat(allText(robot, "#platform-sources")).contains("Data Protection Commission");
    }

    @Test
    void theLinkButtonHandsTheFormToTheBrowser(FxRobot robot) {
        robot.clickOn("Instagram");
        robot.clickOn("#open-link");

        assertThat(opened).containsExactly("https://help.instagram.com/contact/767264225370182");
        assertThat(text(robot, "#platform-feedback")).contains("Asked your browser to open");
    }

    @Test
    void copyPathPutsTheBreadcrumbOnTheClipboard(FxRobot robot) {
        // The button sits below the fold of the page; firing it is what a click or the keyboard does.
        robot.interact(() -> robot.lookup(".copy-path").queryButton().fire());

        assertThat(copied).hasSize(1);
        assertThat(copied.get(0)).contains("Data privacy");
    }

    @Test
    void goingToAnotherSectionChangesThePageOnlyAndTheNavigationFollows(FxRobot robot) {
        Node language = robot.lookup("#language").query();
        javafx.scene.control.ToggleButton platforms = robot.lookup("#nav-platforms").queryAs(
                javafx.scene.control.ToggleButton.class);

        robot.clickOn("#nav-report");

        assertThat(robot.lookup("#language").<Node>query()).as("the header is kept").isSameAs(language);
        assertThat(robot.lookup("#nav-platforms").<Node>query()).as("the navigation is kept").isSameAs(platforms);
        assertThat(platforms.isSelected()).isFalse();
        assertThat(robot.lookup("#nav-report").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#platform-view").tryQuery()).isEmpty();

        robot.interact(() -> robot.lookup("#nav-platforms").queryAs(javafx.scene.control.ToggleButton.class).fire());
        assertThat(platforms.isSelected()).isTrue();
        assertThat(text(robot, "#platform-title")).isEqualTo("LinkedIn");
    }

    @Test
    void searchNarrowsTheList(FxRobot robot) {
        robot.clickOn("#platform-search").write("tik");

        ListView<Platform> list = robot.lookup("#platforms").queryListView();
        assertThat(list.getItems()).extracting(Platform::id).containsExactly("tiktok");
    }

    @Test
    void switchingToFrenchRelabelsTheWindowAndKeepsThePlatform(FxRobot robot) {
        robot.clickOn("Facebook");
        ComboBox<Language> language = robot.lookup("#language").queryComboBox();

        robot.interact(() -> language.getSelectionModel().select(Language.FR));
        robot.interact(() -> language.getOnAction().handle(null));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#nav-platforms")).isEqualTo("Plateformes");
        assertThat(text(robot, "#platform-title")).isEqualTo("Facebook");
        assertThat(allText(robot, "#platform-dates")).contains("L’entraînement a commencé le 27 mai 2025");
        assertThat(allText(robot, "#platform-view")).contains("Où se trouve le réglage", "Étapes");
    }

    @Test
    void keyboardShortcutsMoveBetweenSections(FxRobot robot) {
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT4)
                .release(javafx.scene.input.KeyCode.DIGIT4, javafx.scene.input.KeyCode.CONTROL);

        assertThat(allText(robot, ".settings")).contains("NoTrain works offline");
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    /** Every label's text under the node that {@code query} finds. */
    private static String allText(FxRobot robot, String query) {
        Node root = robot.lookup(query).query();
        return robot.from(root).lookup((java.util.function.Predicate<Node>) node -> node instanceof Labeled).queryAll().stream()
                .map(node -> ((Labeled) node).getText())
                .filter(t -> t != null)
                .collect(Collectors.joining("\n"));
    }
}
