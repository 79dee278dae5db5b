package app.notrain.ui;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Properties;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The main window's size, position and maximised state, kept in {@code window.properties} beside
 * the progress file and given back at the next start, on a screen that is still there.
 *
 * <p>Not in the progress file: a progress file synced between a laptop and a desktop should not
 * carry one machine's screen layout to the other, and moving a window is not progress to back up.
 * The file is cosmetic: one that cannot be read or makes no sense is ignored, and one that cannot be
 * written is given up on without a word (the next start uses the default size).
 */
final class WindowPlacement {
    static final String FILE_NAME = "window.properties";
    /** How much of the window's top (its title bar) must be on a screen for it to be reachable. */
    static final double REACHABLE_WIDTH = 120;
    static final double REACHABLE_HEIGHT = 30;

    /** Where a window was: its bounds when not maximised, and whether it was maximised. */
    record Bounds(double x, double y, double width, double height, boolean maximised) {
        Rectangle2D rectangle() {
            return new Rectangle2D(x, y, width, height);
        }
    }

    private final Path file;
    private Bounds normal;   // the last bounds while neither maximised nor minimised

    WindowPlacement(Path storeFile) {
        this.file = storeFile.toAbsolutePath().getParent().resolve(FILE_NAME);
    }

    Path file() {
        return file;
    }

    /**
     * Puts the stage where it was (before it is shown), then follows its moves so that closing it
     * keeps the last place. The first size is {@code width} x {@code height} when nothing was kept.
     */
    void restore(Stage stage, double width, double height) {
        Bounds saved = fitted(read(), screens(), stage.getMinWidth(), stage.getMinHeight());
        if (saved == null) {
            stage.setWidth(width);
            stage.setHeight(height);
            stage.centerOnScreen();
        } else {
            stage.setX(saved.x());
            stage.setY(saved.y());
            stage.setWidth(saved.width());
            stage.setHeight(saved.height());
            stage.setMaximized(saved.maximised());
            normal = saved;
        }
        Runnable follow = () -> {
            if (!stage.isMaximized() && !stage.isIconified() && stage.isShowing()) {
                normal = new Bounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
            }
        };
        stage.xProperty().addListener((obs, old, value) -> follow.run());
        stage.yProperty().addListener((obs, old, value) -> follow.run());
        stage.widthProperty().addListener((obs, old, value) -> follow.run());
        stage.heightProperty().addListener((obs, old, value) -> follow.run());
        stage.showingProperty().addListener((obs, old, value) -> follow.run());
    }

    /** Keeps where the stage is now (called as it closes). */
    void keep(Stage stage) {
        Bounds last = normal != null ? normal
                : new Bounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        write(new Bounds(last.x(), last.y(), last.width(), last.height(), stage.isMaximized()));
    }

    Bounds read() {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
            Bounds bounds = new Bounds(number(properties, "x"), number(properties, "y"), number(properties, "width"),
                    number(properties, "height"), Boolean.parseBoolean(properties.getProperty("maximised")));
            return bounds.width() > 0 && bounds.height() > 0 ? bounds : null;
        } catch (IOException | IllegalArgumentException e) {
            return null;   // cosmetic: the default place will do
        }
    }

    void write(Bounds bounds) {
        Properties properties = new Properties();
        properties.setProperty("x", Double.toString(bounds.x()));
        properties.setProperty("y", Double.toString(bounds.y()));
        properties.setProperty("width", Double.toString(bounds.width()));
        properties.setProperty("height", Double.toString(bounds.height()));
        properties.setProperty("maximised", Boolean.toString(bounds.maximised()));
        try {
            Path temporary = Files.createTempFile(file.getParent(), ".window", ".tmp");
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(out, "NoTrain's main window (size and place); delete it to start centred");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UnsupportedOperationException e) {
            // A read-only or vanished folder: the window opens at its default place next time.
        }
    }

    /**
     * The saved bounds if the window's title bar would be reachable on one of {@code screens}, made
     * no larger than that screen and no smaller than the window's minimum; null to start centred.
     */
    static Bounds fitted(Bounds saved, List<Rectangle2D> screens, double minWidth, double minHeight) {
        if (saved == null) {
            return null;
        }
        Rectangle2D titleBar = new Rectangle2D(saved.x(), saved.y(), saved.width(), REACHABLE_HEIGHT);
        for (Rectangle2D screen : screens) {
            double wide = Math.min(titleBar.getMaxX(), screen.getMaxX()) - Math.max(titleBar.getMinX(), screen.getMinX());
            double high = Math.min(titleBar.getMaxY(), screen.getMaxY()) - Math.max(titleBar.getMinY(), screen.getMinY());
            if (wide >= REACHABLE_WIDTH && high >= REACHABLE_HEIGHT / 2) {
                double width = Math.max(minWidth, Math.min(saved.width(), screen.getWidth()));
                double height = Math.max(minHeight, Math.min(saved.height(), screen.getHeight()));
                return new Bounds(saved.x(), saved.y(), width, height, saved.maximised());
            }
        }
        return null;
    }

    private static List<Rectangle2D> screens() {
        return Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
    }

    private static double number(Properties properties, String key) {
        double value = Double.parseDouble(properties.getProperty(key, "x"));   // "x" fails: key missing
        if (!Double.isFinite(value) || Math.abs(value) > 1_000_000) {
            throw new IllegalArgumentException(key + " out of range");
        }
        return value;
    }
}
