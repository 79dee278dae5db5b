package app.notrain.cli;

import app.notrain.catalog.CatalogTexts;
import app.notrain.i18n.Messages;
import app.notrain.report.TeamImport;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code notrain team import FILE...}: keeps colleagues' JSON reports. Every file is checked first; one
 * refused file (not a report, damaged, from a newer NoTrain, older than the one kept) keeps them all
 * out, and the progress file is left as it was.
 */
@Command(name = "import", mixinStandardHelpOptions = true, resourceBundle = "app.notrain.i18n.messages")
final class TeamImportCommand implements Callable<Integer>, DescribedCommand {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0..*", arity = "1..*", paramLabel = "FILE", descriptionKey = "cli.team.import.files")
    List<Path> files;

    @Override
    public String descriptionKey() {
        return "cli.team.import.description";
    }

    @Override
    public Integer call() {
        CommandLine cmd = spec.commandLine();
        Messages messages = CliText.messages(cmd);
        NoTrainCommand root = Cli.rootOf(cmd);
        ZoneId zone = root.clock.getZone();
        CatalogTexts texts = new CatalogTexts(messages);
        return StoreSession.run(cmd, (book, out) -> {
            List<TeamImport.Checked> done;
            try {
                done = TeamImport.importAll(book, files, root.clock.instant());
            } catch (TeamImport.Refused refused) {
                cmd.getErr().println(refused.inWords(messages));
                cmd.getErr().println(messages.get("cli.team.nothingImported"));
                return refused.problem() == TeamImport.Problem.UNREADABLE ? Cli.BAD_ARGUMENTS : Cli.STORE_UNREADABLE;
            }
            for (TeamImport.Checked c : done) {
                out.println(messages.get("team.outcome." + c.outcome().name(), CliText.plain(c.snapshot().person()),
                        texts.date(c.snapshot().reportedOn(zone)), c.snapshot().accounts().size()));
            }
            return Cli.OK;
        });
    }
}
