package app.notrain.cli;

import app.notrain.progress.AccountOverview;
import app.notrain.i18n.Messages;
import app.notrain.progress.Account;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code notrain account list [--json] [--today DATE]}: the accounts with their done/total steps. */
@Command(name = "list", mixinStandardHelpOptions = true, resourceBundle = "app.notrain.i18n.messages")
final class AccountListCommand implements Callable<Integer>, DescribedCommand {
    /** Longer labels are cut in the table (never in JSON), so one account stays one line. */
    private static final int MAX_COLUMN = 40;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", descriptionKey = "cli.account.list.json")
    boolean json;

    @Mixin
    TodayOption today;

    @Override
    public String descriptionKey() {
        return "cli.account.list.description";
    }

    @Override
    public Integer call() {
        CommandLine cmd = spec.commandLine();
        Messages messages = CliText.messages(cmd);
        LocalDate day = today.day(cmd);
        return StoreSession.run(cmd, (book, out) -> {
            List<AccountOverview> overviews = AccountOverview.of(book, day);
            if (json) {
                out.println(ProgressJson.accounts(overviews));
            } else if (overviews.isEmpty()) {
                out.println(messages.get("cli.noAccounts"));
            } else {
                printTable(out, messages, overviews);
            }
            return Cli.OK;
        });
    }

    private static void printTable(PrintWriter out, Messages messages, List<AccountOverview> overviews) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {messages.get("cli.account.column.id"), messages.get("cli.account.column.platform"),
                messages.get("cli.account.column.label"), messages.get("cli.account.column.owner"),
                messages.get("cli.account.column.group"), messages.get("cli.account.column.done")});
        for (AccountOverview o : overviews) {
            Account a = o.account();
            rows.add(new String[] {a.id(), o.platformName(), cell(a.label()), cell(a.owner()), cell(a.group()),
                    o.done() + "/" + o.total()});
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], width(row[i]));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]);
                if (i < row.length - 1) {
                    line.append(" ".repeat(widths[i] - width(row[i]) + 2));
                }
            }
            out.println(line);
        }
    }

    private static String cell(String text) {
        String plain = CliText.plain(text);
        return width(plain) <= MAX_COLUMN
                ? plain
                : plain.substring(0, plain.offsetByCodePoints(0, MAX_COLUMN - 1)) + "…";
    }

    private static int width(String text) {
        return text.codePointCount(0, text.length());
    }
}
