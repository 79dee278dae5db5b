package app.notrain.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.CatalogSource;
import app.notrain.i18n.Language;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window carries the app icon at every rendered size, so the desktop never scales a wrong one. */
@ExtendWith(ApplicationExtension.class)
class WindowIconTest {
    private static final Clock NOV_22_2026 = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        AppContext context = new AppContext(NOV_22_2026, Language.EN, dir.resolve("progress.json"),
                () -> CatalogSource.load(null), url -> { }, text -> { }, BackgroundWork.onCallingThread());
        MainWindow.show(stage, context);
    }

    @Test
    void theWindowShowsTheAppIconAtEverySize() {
        assertThat(stage.getIcons()).extracting(image -> (int) image.getWidth())
                .containsExactlyElementsOf(Arrays.stream(MainWindow.ICON_SIZES).boxed().toList());
        assertThat(stage.getIcons()).allSatisfy(image -> {
            assertThat(image.isError()).isFalse();
            assertThat(image.getHeight()).isEqualTo(image.getWidth());
        });
    }
}
