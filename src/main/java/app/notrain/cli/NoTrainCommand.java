package app.notrain.cli;

import app.notrain.i18n.Language;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code notrain}: without a command it opens the window (see {@code app.notrain.Main}). */
@Command(name = "notrain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = "app.notrain.i18n.messages",
        subcommands = {CatalogCommand.class, AccountCommand.class, StepCommand.class, LetterCommand.class,
                StatusCommand.class, ReportCommand.class, TeamCommand.class, DemoCommand.class, ScreenshotsCommand.class})
public final class NoTrainCommand implements DescribedCommand {

    @Option(names = "--store", paramLabel = "FILE", scope = ScopeType.INHERIT, descriptionKey = "cli.option.store")
    Path store;

    @Option(names = "--lang", paramLabel = "fr|en", scope = ScopeType.INHERIT, descriptionKey = "cli.option.lang")
    Language language;

    final Clock clock;
    /** The environment the store location is resolved from ({@code System.getenv()}, or a test's). */
    final Map<String, String> environment;
    /** What takes the window's pictures; null when the command line was built without a window. */
    ScreenshotTaker screenshots;

    NoTrainCommand(Clock clock, Map<String, String> environment) {
        this.clock = clock;
        this.environment = Map.copyOf(environment);
    }

    @Override
    public String descriptionKey() {
        return "cli.notrain.description";
    }

    public GlobalOptions globalOptions() {
        return new GlobalOptions(store, language);
    }
}
