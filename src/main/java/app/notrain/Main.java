package app.notrain;

import app.notrain.cli.ArgumentDecoding;
import app.notrain.cli.Cli;
import app.notrain.cli.GlobalOptions;
import app.notrain.i18n.Messages;
import app.notrain.ui.DesktopLauncher;
import app.notrain.ui.ScreenshotTour;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * One program, two faces: no command opens the window, a command runs on the command line.
 * Deliberately not a JavaFX Application, so that {@code java -jar} works with JavaFX on the class path
 * and the command line never starts the toolkit.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] given) {
        String[] args;
        try {
            args = ArgumentDecoding.decode(given);
        } catch (ArgumentDecoding.UndecodableArgumentException e) {
            PrintWriter err = utf8(FileDescriptor.err);
            err.println(Messages.of(Cli.requestedLanguage(given)).get("cli.arguments.undecodable", e.position(),
                    System.getProperty("sun.jnu.encoding")));
            err.flush();
            System.exit(Cli.BAD_ARGUMENTS);
            return;
        }
        GlobalOptions quick = Cli.quickWindowOptions(args);
        if (quick != null) {
            DesktopLauncher.launch(quick);
            return;
        }
        PrintWriter out = utf8(FileDescriptor.out);
        PrintWriter err = utf8(FileDescriptor.err);
        Cli cli = new Cli(out, err, Clock.systemDefaultZone()).withScreenshots(
                (folder, width, height, languages) -> new ScreenshotTour(folder, width, height).run(languages));
        GlobalOptions window = cli.windowOptions(args);
        if (window != null) {
            DesktopLauncher.launch(window);
            return;
        }
        int code = cli.execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    private static PrintWriter utf8(FileDescriptor fd) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), true);
    }
}
