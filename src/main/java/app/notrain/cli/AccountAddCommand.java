package app.notrain.cli;

import app.notrain.catalog.Platform;
import app.notrain.i18n.Messages;
import app.notrain.progress.Account;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code notrain account add --platform ID --label TEXT [--owner NAME] [--group NAME]}: prints the new id alone. */
@Command(name = "add", mixinStandardHelpOptions = true, resourceBundle = "app.notrain.i18n.messages")
final class AccountAddCommand implements Callable<Integer>, DescribedCommand {

    @Spec
    CommandSpec spec;

    @Option(names = "--platform", required = true, paramLabel = "ID", descriptionKey = "cli.account.add.platform")
    String platformId;

    @Option(names = "--label", required = true, paramLabel = "TEXT", descriptionKey = "cli.account.add.label")
    String label;

    @Option(names = "--owner", paramLabel = "NAME", descriptionKey = "cli.account.add.owner")
    String owner;

    @Option(names = "--group", paramLabel = "NAME", descriptionKey = "cli.account.add.group")
    String group;

    @Override
    public String descriptionKey() {
        return "cli.account.add.description";
    }

    @Override
    public Integer call() {
        CommandLine cmd = spec.commandLine();
        Messages messages = CliText.messages(cmd);
        PrintWriter err = cmd.getErr();
        if (label.isBlank()) {
            err.println(messages.get("cli.account.add.blankLabel"));
            err.flush();
            return Cli.BAD_ARGUMENTS;
        }
        return StoreSession.run(cmd, (book, out) -> {
            if (book.platform(platformId).isEmpty()) {
                err.println(messages.get("cli.catalog.unknownPlatform", platformId,
                        book.platforms().stream().map(Platform::id).collect(Collectors.joining(", "))));
                err.flush();
                return Cli.BAD_ARGUMENTS;
            }
            Account account = book.addAccount(platformId, label, owner, group);
            out.println(account.id());
            return Cli.OK;
        });
    }
}
