package app.notrain.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.CatalogSource;
import app.notrain.i18n.Language;
import app.notrain.progress.Preferences;
import app.notrain.store.ProgressStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window comes back as it was left: size, place, maximised, theme and text size; a place on a
 * screen that is gone comes back on a visible one.
 */
@ExtendWith(ApplicationExtension.class)
class WindowPlacementTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path store;

    @Start
    void start(Stage stage) throws Exception {
        store = TestStores.setUpDone(dir.resolve("progress.json"), CLOCK);
    }

    @Test
    void sizeAndPlaceComeBackAtTheNextStart(FxRobot robot) {
        Stage first = open(robot);
        robot.interact(() -> {
            first.setX(40);
            first.setY(30);
            first.setWidth(900);
            first.setHeight(640);
            first.close();
        });
        assertThat(Files.exists(dir.resolve(WindowPlacement.FILE_NAME))).isTrue();

        Stage second = open(robot);
        try {
            assertThat(List.of(second.getX(), second.getY(), second.getWidth(), second.getHeight()))
                    .containsExactly(40.0, 30.0, 900.0, 640.0);
            assertThat(second.isMaximized()).isFalse();
        } finally {
            robot.interact(second::close);
        }
    }

    @Test
    void aMaximisedWindowComesBackMaximisedAndKeepsItsNormalSize(FxRobot robot) {
        Stage first = open(robot);
        robot.interact(() -> {
            first.setX(50);
            first.setY(60);
            first.setWidth(880);
            first.setHeight(600);
        });
        robot.interact(() -> first.setMaximized(true));
        robot.interact(first::close);

        WindowPlacement.Bounds kept = new WindowPlacement(store).read();
        assertThat(kept).isEqualTo(new WindowPlacement.Bounds(50, 60, 880, 600, true));
        Stage second = open(robot);
        try {
            assertThat(second.isMaximized()).isTrue();
        } finally {
            robot.interact(second::close);
        }
    }

    @Test
    void aPlaceOnAScreenThatIsGoneComesBackOnAVisibleOne(FxRobot robot) {
        new WindowPlacement(store).write(new WindowPlacement.Bounds(9000, 7000, 900, 640, false));

        Stage stage = open(robot);
        try {
            Rectangle2D titleBar = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), 30);
            assertThat(Screen.getScreens()).anySatisfy(screen ->
                    assertThat(screen.getVisualBounds().intersects(titleBar)).isTrue());
        } finally {
            robot.interact(stage::close);
        }
    }

    @Test
    void aDamagedPlacementFileIsIgnored(FxRobot robot) throws Exception {
        Files.writeString(dir.resolve(WindowPlacement.FILE_NAME), "x=NaN\nwidth=-3\n\u0000");

        assertThat(new WindowPlacement(store).read()).isNull();
        Stage stage = open(robot);
        try {
            assertThat(stage.getWidth()).isPositive();
        } finally {
            robot.interact(stage::close);
        }
    }

    @Test
    void onlyAReachableTitleBarKeepsTheSavedPlaceAndTheSizeFitsTheScreen() {
        List<Rectangle2D> screens = List.of(new Rectangle2D(0, 0, 1024, 700), new Rectangle2D(1024, 0, 800, 600));

        assertThat(WindowPlacement.fitted(new WindowPlacement.Bounds(1100, 20, 2000, 2000, false), screens, 760, 520))
                .isEqualTo(new WindowPlacement.Bounds(1100, 20, 800, 600, false));
        assertThat(WindowPlacement.fitted(new WindowPlacement.Bounds(-1150, 20, 1180, 780, false), screens, 760, 520))
                .as("only 30 px of the title bar on screen").isNull();
        assertThat(WindowPlacement.fitted(new WindowPlacement.Bounds(100, 690, 900, 640, false), screens, 760, 520))
                .as("title bar below the bottom edge").isNull();
        assertThat(WindowPlacement.fitted(new WindowPlacement.Bounds(100, 50, 400, 300, true), screens, 760, 520))
                .isEqualTo(new WindowPlacement.Bounds(100, 50, 760, 520, true));
    }

    @Test
    void themeAndTextSizeAreKeptWithTheProgress(FxRobot robot) throws Exception {
        AtomicReference<MainView> view = new AtomicReference<>();
        Stage first = open(robot, view);
        robot.interact(() -> {
            view.get().state().themeProperty().set(Theme.HIGH_CONTRAST);
            view.get().state().textSizeProperty().set(TextSize.LARGE);
        });
        robot.interact(first::close);
        try (ProgressStore opened = ProgressStore.open(store, CLOCK)) {
            Preferences saved = opened.load().preferences();
            assertThat(saved.theme()).isEqualTo("HIGH_CONTRAST");
            assertThat(saved.textSize()).isEqualTo("LARGE");
            assertThat(saved.darkTheme()).isFalse();
        }

        Stage second = open(robot, view);
        try {
            assertThat(view.get().state().themeProperty().get()).isEqualTo(Theme.HIGH_CONTRAST);
            assertThat(view.get().state().textSizeProperty().get()).isEqualTo(TextSize.LARGE);
            assertThat(Theme.of(second.getScene().getRoot())).isEqualTo(Theme.HIGH_CONTRAST);
        } finally {
            robot.interact(second::close);
        }
    }

    private Stage open(FxRobot robot) {
        return open(robot, new AtomicReference<>());
    }

    private Stage open(FxRobot robot, AtomicReference<MainView> view) {
        AtomicReference<Stage> stage = new AtomicReference<>();
        robot.interact(() -> {
            stage.set(new Stage());
            view.set(MainWindow.show(stage.get(), new AppContext(CLOCK, Language.EN, store,
                    () -> CatalogSource.load(null), url -> { }, text -> { }, BackgroundWork.onCallingThread())));
        });
        return stage.get();
    }
}
