package app.notrain.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.CatalogReader;
import app.notrain.catalog.Region;
import app.notrain.i18n.Language;
import app.notrain.progress.Profile;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.ProgressData;
import app.notrain.progress.UseKind;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every badge on a platform's checklist can be read in every theme: its words against its own ground
 * reach the WCAG AA contrast for text (4.5:1). A badge whose ground was the border colour turned
 * white on white in high contrast.
 */
@ExtendWith(ApplicationExtension.class)
class BadgeContrastTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private AppState state;

    @Start
    void start(Stage stage) throws Exception {
        ProgressBook book = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY, CLOCK);
        book.completeSetup(new Profile(Region.EU_EEA, true, UseKind.PERSONAL),
                List.of(new ProgressBook.NewAccount("facebook", "me", null, "Me")));
        Path store = TestStores.saved(dir.resolve("progress.json"), book, CLOCK);
        state = TestStores.window(stage, store, CLOCK, Language.EN).state();
        state.selectedPlatformIdProperty().set("facebook");
        state.sectionProperty().set(Section.PLATFORMS);
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyBadgeOfTheChecklistIsReadable(Theme theme, FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> state.themeProperty().set(theme)).get();
        WaitForAsyncUtils.waitForFxEvents();

        List<String> unreadable = WaitForAsyncUtils.asyncFx(() -> {
            List<String> found = new ArrayList<>();
            for (var node : robot.lookup(".badge").queryAll()) {
                Label badge = (Label) node;
                Background ground = badge.getBackground();
                if (!badge.isVisible() || ground == null || ground.getFills().isEmpty()
                        || !(ground.getFills().get(0).getFill() instanceof Color back)
                        || !(badge.getTextFill() instanceof Color text)) {
                    continue;
                }
                double ratio = contrast(text, back);
                if (ratio < 4.5) {
                    found.add(badge.getText() + " " + badge.getStyleClass() + ": " + String.format("%.2f", ratio));
                }
            }
            return found;
        }).get();

        assertThat(robot.lookup(".badge").queryAll()).isNotEmpty();
        assertThat(unreadable).isEmpty();
    }

    /** WCAG 2 contrast ratio of two opaque colours. */
    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
