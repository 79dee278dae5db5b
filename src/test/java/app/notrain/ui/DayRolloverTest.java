package app.notrain.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.CatalogSource;
import app.notrain.i18n.Language;
import app.notrain.progress.MovingClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A window left open over midnight shows the new day: the guide's countdown and the export's date. */
@ExtendWith(ApplicationExtension.class)
class DayRolloverTest {
    /** Half an hour before midnight, two days before LinkedIn starts training on 3 November 2025. */
    private final MovingClock clock = new MovingClock(Instant.parse("2025-11-01T23:30:00Z"));
    private MainView view;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        Path store = TestStores.setUpDone(dir.resolve("progress.json"), clock);
        view = MainWindow.show(stage, new AppContext(clock, Language.EN, store, () -> CatalogSource.load(null),
                url -> { }, text -> { }, BackgroundWork.onCallingThread()));
    }

    @Test
    void theOpenPageAndTheExportDateRollOverAtMidnight(FxRobot robot) {
        assertThat(text(robot, "#platform-dates")).contains("Training starts in 2 days");

        clock.advance(Duration.ofHours(1));
        robot.interact(() -> view.state().checkDay());              // what the window's ticker does each minute

        assertThat(text(robot, "#platform-dates")).contains("Training starts in 1 day").doesNotContain("2 days");
        robot.clickOn("#nav-report");
        DatePicker asOf = robot.lookup("#report-as-of").query();
        assertThat(asOf.getValue()).isEqualTo(LocalDate.of(2025, 11, 2));
    }

    @Test
    void theTickerNoticesTheNewDayByItself(FxRobot robot) throws Exception {
        AppState state = view.state();
        DayTicker ticker = new DayTicker(state, javafx.util.Duration.millis(50));
        robot.interact(ticker::start);
        try {
            clock.advance(Duration.ofHours(1));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> LocalDate.of(2025, 11, 2)
                    .equals(state.dayProperty().get()));
        } finally {
            robot.interact(ticker::stop);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#platform-dates")).contains("Training starts in 1 day");
    }

    private static String text(FxRobot robot, String query) {
        Node root = robot.lookup(query).query();
        return robot.from(root).lookup((java.util.function.Predicate<Node>) n -> n instanceof Labeled).queryAll()
                .stream().map(n -> ((Labeled) n).getText()).collect(Collectors.joining("\n"));
    }
}
