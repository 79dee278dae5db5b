package app.notrain.cli;

import app.notrain.i18n.Messages;
import app.notrain.progress.Account;
import app.notrain.progress.ProgressBook;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

/** {@code notrain account add|list|remove}: the accounts NoTrain tracks. It runs only through a subcommand. */
@Command(name = "account", mixinStandardHelpOptions = true, resourceBundle = "app.notrain.i18n.messages",
        subcommands = {AccountAddCommand.class, AccountListCommand.class, AccountRemoveCommand.class})
final class AccountCommand implements DescribedCommand {

    @Override
    public String descriptionKey() {
        return "cli.account.description";
    }

    /** The account, or empty after telling {@code err} which ids exist. */
    static Optional<Account> find(ProgressBook book, String id, Messages messages, PrintWriter err) {
        Optional<Account> account = book.account(id);
        if (account.isEmpty()) {
            err.println(book.accounts().isEmpty()
                    ? messages.get("cli.account.unknownNone", id)
                    : messages.get("cli.account.unknown", id,
                            book.accounts().stream().map(Account::id).collect(Collectors.joining(", "))));
            err.flush();
        }
        return account;
    }
}
