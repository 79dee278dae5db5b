package app.notrain.cli;

import java.time.LocalDate;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --today YYYY-MM-DD}: count dates from that day instead of the clock's. A picocli mixin. */
final class TodayOption {
    @Option(names = "--today", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.option.today")
    LocalDate today;

    LocalDate day(CommandLine cmd) {
        return today != null ? today : LocalDate.now(Cli.rootOf(cmd).clock);
    }
}
