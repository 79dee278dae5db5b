package app.notrain.cli;

import app.notrain.i18n.Messages;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code notrain account remove ID}: removes the account and what was recorded for it (the window can undo it). */
@Command(name = "remove", mixinStandardHelpOptions = true, resourceBundle = "app.notrain.i18n.messages")
final class AccountRemoveCommand implements Callable<Integer>, DescribedCommand {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "cli.account.remove.id")
    String accountId;

    @Override
    public String descriptionKey() {
        return "cli.account.remove.description";
    }

    @Override
    public Integer call() {
        CommandLine cmd = spec.commandLine();
        Messages messages = CliText.messages(cmd);
        return StoreSession.run(cmd, (book, out) -> AccountCommand.find(book, accountId, messages, cmd.getErr())
                .map(account -> {
                    book.removeAccount(account.id());
                    out.println(messages.get("cli.account.removed", account.id(),
                            book.platform(account.platformId()).map(p -> p.name()).orElse(account.platformId()),
                            CliText.plain(account.label())));
                    return Cli.OK;
                })
                .orElse(Cli.BAD_ARGUMENTS));
    }
}
