package app.notrain.cli;

import app.notrain.i18n.Messages;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code notrain team remove NAME}: removes that person's report, and nothing else. */
@Command(name = "remove", mixinStandardHelpOptions = true, resourceBundle = "app.notrain.i18n.messages")
final class TeamRemoveCommand implements Callable<Integer>, DescribedCommand {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "cli.team.remove.name")
    String person;

    @Override
    public String descriptionKey() {
        return "cli.team.remove.description";
    }

    @Override
    public Integer call() {
        CommandLine cmd = spec.commandLine();
        Messages messages = CliText.messages(cmd);
        return StoreSession.run(cmd, (book, out) -> TeamCommand.find(book, person, messages, cmd.getErr())
                .map(snapshot -> {
                    book.removeTeamMember(snapshot.person());
                    out.println(messages.get("cli.team.removed", CliText.plain(snapshot.person()),
                            snapshot.accounts().size()));
                    return Cli.OK;
                })
                .orElse(Cli.BAD_ARGUMENTS));
    }
}
