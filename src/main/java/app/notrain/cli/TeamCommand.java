package app.notrain.cli;

import app.notrain.i18n.Messages;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.TeamSnapshot;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

/**
 * {@code notrain team import|list|remove}: colleagues' reports in a company's roll-up (docs/team.md).
 * It runs only through a subcommand.
 */
@Command(name = "team", mixinStandardHelpOptions = true, resourceBundle = "app.notrain.i18n.messages",
        subcommands = {TeamImportCommand.class, TeamListCommand.class, TeamRemoveCommand.class})
final class TeamCommand implements DescribedCommand {

    @Override
    public String descriptionKey() {
        return "cli.team.description";
    }

    /** The person's report, or empty after telling {@code err} whose reports are kept. */
    static Optional<TeamSnapshot> find(ProgressBook book, String person, Messages messages, PrintWriter err) {
        Optional<TeamSnapshot> found = book.teamMember(person);
        if (found.isEmpty()) {
            err.println(book.team().isEmpty()
                    ? messages.get("cli.team.unknownNone", CliText.plain(person))
                    : messages.get("cli.team.unknown", CliText.plain(person),
                            book.team().stream().map(s -> CliText.plain(s.person())).collect(Collectors.joining(", "))));
            err.flush();
        }
        return found;
    }
}
