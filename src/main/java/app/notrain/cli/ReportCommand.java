package app.notrain.cli;

import app.notrain.i18n.Messages;
import app.notrain.report.ProgressReport;
import app.notrain.report.ReportFormats;
import app.notrain.report.ReportWriteException;
import app.notrain.report.ReportWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code notrain report --format html|pdf|md|csv|json|ics --out FILE [--owner NAME] [--person NAME] [--today DATE]}:
 * the progress report, as of a day, for everyone or one owner, exported under a person's name (for a
 * company's roll-up, docs/team.md). Written atomically.
 */
@Command(name = "report", mixinStandardHelpOptions = true, resourceBundle = "app.notrain.i18n.messages")
final class ReportCommand implements Callable<Integer>, DescribedCommand {

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "html|pdf|md|csv|json|ics",
            descriptionKey = "cli.report.format")
    ReportFormats format;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.report.out")
    Path out;

    @Option(names = "--owner", paramLabel = "NAME", descriptionKey = "cli.report.owner")
    String owner;

    @Option(names = "--person", paramLabel = "NAME", descriptionKey = "cli.report.person")
    String person;

    @Mixin
    TodayOption today;

    @Override
    public String descriptionKey() {
        return "cli.report.description";
    }

    @Override
    public Integer call() {
        CommandLine cmd = spec.commandLine();
        Messages messages = CliText.messages(cmd);
        return StoreSession.run(cmd, (book, printed) -> {
            try {
                ProgressReport report = ProgressReport.of(book, today.day(cmd), Cli.rootOf(cmd).clock.getZone(),
                        messages, owner, person, StoreSession.evidence(cmd));
                ReportWriter.write(report, format.create(), out);
            } catch (ReportWriteException e) {
                cmd.getErr().println(messages.get("cli.report.cannotWrite", out, e.reason()));
                return Cli.BAD_ARGUMENTS;
            } catch (IOException e) {
                cmd.getErr().println(messages.get("cli.report.cannotWrite", out, e.getMessage()));
                return Cli.BAD_ARGUMENTS;
            }
            printed.println(out.toAbsolutePath());
            return Cli.OK;
        });
    }
}
