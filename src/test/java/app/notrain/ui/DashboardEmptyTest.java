package app.notrain.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.CatalogSource;
import app.notrain.i18n.Language;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** With no account yet, the dashboard says what to do first and leads to the set-up. */
@ExtendWith(ApplicationExtension.class)
class DashboardEmptyTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        Path store = TestStores.setUpDone(dir.resolve("progress.json"), CLOCK);
        MainWindow.show(stage, new AppContext(CLOCK, Language.EN, store, () -> CatalogSource.load(null), url -> { },
                text -> { }, BackgroundWork.onCallingThread()));
    }

    @Test
    void anEmptyDashboardLeadsToTheSetUp(FxRobot robot) {
        robot.clickOn("#nav-dashboard");

        assertThat(robot.lookup("#dashboard-empty").queryAs(Labeled.class).getText()).startsWith("No account yet");
        robot.clickOn("#dashboard-setup");
        assertThat(robot.lookup("#wizard").tryQuery()).isPresent();
    }
}
