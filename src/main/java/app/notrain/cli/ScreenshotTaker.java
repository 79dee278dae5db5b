package app.notrain.cli;

import app.notrain.i18n.Language;
import java.nio.file.Path;
import java.util.List;

/**
 * Takes the window's pictures for {@code notrain screenshots}. The window lives outside the
 * command line's package, so the program's entry point hands it in; a command line built without
 * one (the tests') says that this command is not available.
 */
@FunctionalInterface
public interface ScreenshotTaker {
    /** Writes the pictures into {@code folder} and returns their files. */
    List<Path> take(Path folder, int width, int height, List<Language> languages) throws Exception;
}
