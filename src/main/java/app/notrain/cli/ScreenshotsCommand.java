package app.notrain.cli;

import app.notrain.i18n.Language;
import app.notrain.i18n.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code notrain screenshots [--out DIR] [--size WxH] [--languages en,fr]}: the pictures of the
 * README and the user guide, taken of the real window on demo stores. Needs a display.
 */
@Command(name = "screenshots", mixinStandardHelpOptions = true, resourceBundle = "app.notrain.i18n.messages")
final class ScreenshotsCommand implements Callable<Integer>, DescribedCommand {
    private static final Pattern SIZE = Pattern.compile("([0-9]{3,4})x([0-9]{3,4})");

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "assets", descriptionKey = "cli.screenshots.out")
    Path out;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1024x700", descriptionKey = "cli.screenshots.size")
    String size;

    @Option(names = "--languages", paramLabel = "LANG", split = ",", defaultValue = "en,fr",
            descriptionKey = "cli.screenshots.languages")
    List<Language> languages;

    @Override
    public String descriptionKey() {
        return "cli.screenshots.description";
    }

    @Override
    public Integer call() throws Exception {
        CommandLine cmd = spec.commandLine();
        Messages messages = CliText.messages(cmd);
        Matcher wh = SIZE.matcher(size);
        if (!wh.matches()) {
            cmd.getErr().println(messages.get("cli.screenshots.badSize", size));
            return Cli.BAD_ARGUMENTS;
        }
        if (java.awt.GraphicsEnvironment.isHeadless() && System.getenv("DISPLAY") == null
                && System.getProperty("os.name").startsWith("Linux")) {
            cmd.getErr().println(messages.get("cli.screenshots.noDisplay"));
            return Cli.BAD_ARGUMENTS;
        }
        ScreenshotTaker taker = Cli.rootOf(cmd).screenshots;
        if (taker == null) {
            cmd.getErr().println(messages.get("cli.screenshots.unavailable"));
            return Cli.BAD_ARGUMENTS;
        }
        taker.take(out, Integer.parseInt(wh.group(1)), Integer.parseInt(wh.group(2)), languages)
                .forEach(file -> cmd.getOut().println(messages.get("cli.screenshots.written", file)));
        return Cli.OK;
    }
}
