package app.notrain.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.CatalogReader;
import app.notrain.catalog.CatalogSource;
import app.notrain.i18n.Language;
import app.notrain.progress.Assessment;
import app.notrain.progress.DemoProgress;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.ProgressData;
import app.notrain.store.ProgressStore;
import app.notrain.ui.dashboard.DashboardViewModel.ActionRow;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A small business: 300 accounts of 40 people. In a 1280x800 window the dashboard shows the
 * headline and the top of the action list without scrolling, in English and in French, and the
 * page scrolls to the rest when the summaries are unfolded.
 */
@ExtendWith(ApplicationExtension.class)
class DashboardScaleTest {
    private static final Instant DEC_1_2026 = Instant.parse("2026-12-01T08:00:00Z");
    private static final Clock CLOCK = Clock.fixed(DEC_1_2026, ZoneOffset.UTC);

    @TempDir
    Path dir;
    private ProgressData data;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path store = dir.resolve("progress.json");
        data = DemoProgress.generate(CatalogReader.builtIn(), 300, 40, 7, DEC_1_2026);
        try (ProgressStore file = ProgressStore.open(store, CLOCK)) {
            file.save(data);
        }
        MainWindow.show(stage, new AppContext(CLOCK, Language.EN, store, () -> CatalogSource.load(null), url -> { },
                text -> { }, BackgroundWork.onCallingThread()));
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @Test
    void theHeadlineAndTheTopOfTheActionListFitIn1280By800InEnglishAndFrench(FxRobot robot) {
        Assessment expected = Assessment.of(new ProgressBook(CatalogReader.builtIn(), data, CLOCK),
                LocalDate.of(2026, 12, 1), ZoneOffset.UTC);

        assertThat(headline(robot)).isEqualTo(expected.protectedCount() + "\u00A0of\u00A0" + expected.concerned() + "\u00A0accounts protected");
        assertTopOfTheListIsInView(robot, expected);

        ComboBox<Language> language = robot.lookup("#language").queryComboBox();
        robot.interact(() -> language.setValue(Language.FR));

        assertThat(headline(robot)).isEqualTo(expected.protectedCount() + "\u00A0comptes protégés sur\u00A0" + expected.concerned());
        assertTopOfTheListIsInView(robot, expected);
    }

    @Test
    void theOwnersStartFoldedAndUnfoldingThemMakesThePageScroll(FxRobot robot) {
        TitledPane owners = robot.lookup("#dashboard-by-owner").query();
        assertThat(owners.isExpanded()).isFalse();
        assertThat(owners.getText()).startsWith("By owner: 40 owners");

        robot.interact(() -> owners.setExpanded(true));
        robot.interact(() -> robot.lookup("#dashboard-by-platform").queryAs(TitledPane.class).setExpanded(true));

        ScrollPane page = robot.lookup("#dashboard").query();
        ListView<ActionRow> list = robot.lookup("#dashboard-actions").queryListView();
        assertThat(page.getContent().getBoundsInLocal().getHeight())
                .as("the page is taller than its window now").isGreaterThan(page.getViewportBounds().getHeight());
        robot.interact(() -> page.setVvalue(1));
        assertThat(bottomInWindow(list)).as("scrolled down, the action list is in view")
                .isLessThanOrEqualTo(stage.getScene().getHeight());
        ListView<?> ownerList = robot.lookup("#dashboard-by-owner-list").queryListView();
        assertThat(ownerList.getItems()).hasSize(40);
        assertThat(robot.lookup("#dashboard-by-owner-list .list-cell").queryAll().size())
                .as("virtualised: a few cells, not one node per owner").isLessThan(20);
    }

    private void assertTopOfTheListIsInView(FxRobot robot, Assessment expected) {
        ListView<ActionRow> list = robot.lookup("#dashboard-actions").queryListView();
        assertThat(list.getItems()).hasSize(expected.actions().size());
        double windowHeight = stage.getScene().getHeight();
        Bounds top = list.localToScene(list.getBoundsInLocal());
        // At least three rows (about 60 px each) are visible without scrolling.
        assertThat(windowHeight - top.getMinY()).as("room for the list").isGreaterThan(180);
        long cells = robot.lookup("#dashboard-actions .list-cell").queryAll().stream()
                .filter(c -> ((javafx.scene.control.ListCell<?>) c).getItem() != null).count();
        assertThat(cells).as("virtualised: only the rows in view have cells").isBetween(3L, 40L);
        Node headline = robot.lookup("#dashboard-headline").query();
        assertThat(headline.localToScene(headline.getBoundsInLocal()).getMaxY()).isLessThan(top.getMinY());
    }

    private static String headline(FxRobot robot) {
        return robot.lookup("#dashboard-headline").queryAs(Labeled.class).getText();
    }

    private static double bottomInWindow(Node node) {
        return node.localToScene(node.getBoundsInLocal()).getMaxY();
    }
}
