package app.notrain.cli;

import app.notrain.i18n.Messages;
import app.notrain.progress.Account;
import app.notrain.progress.AccountOverview;
import app.notrain.progress.OpenAction;
import app.notrain.progress.StepProgress;
import app.notrain.progress.UrgencyRanker;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code notrain status [--json] [--today DATE]}: every account's progress and open actions as of a
 * day, in account order then step order (ranking by urgency comes later, in the core).
 */
@Command(name = "status", mixinStandardHelpOptions = true, resourceBundle = "app.notrain.i18n.messages")
final class StatusCommand implements Callable<Integer>, DescribedCommand {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", descriptionKey = "cli.status.json")
    boolean json;

    @Mixin
    TodayOption today;

    @Override
    public String descriptionKey() {
        return "cli.status.description";
    }

    @Override
    public Integer call() {
        CommandLine cmd = spec.commandLine();
        Messages messages = CliText.messages(cmd);
        LocalDate day = today.day(cmd);
        return StoreSession.run(cmd, (book, out) -> {
            List<AccountOverview> overviews = AccountOverview.of(book, day);
            List<OpenAction> ranked = UrgencyRanker.rank(book, day, Cli.rootOf(cmd).clock.getZone());
            if (json) {
                out.println(ProgressJson.status(day, book.profile(), ranked, overviews, messages.language()));
            } else if (overviews.isEmpty()) {
                out.println(messages.get("cli.noAccounts"));
            } else {
                print(out, new ProgressWords(messages), day, ranked, overviews);
            }
            return Cli.OK;
        });
    }

    private static void print(PrintWriter out, ProgressWords words, LocalDate day, List<OpenAction> ranked,
                              List<AccountOverview> overviews) {
        Messages m = words.texts().messages();
        out.println(m.get("cli.status.header", words.texts().date(day)));
        if (!ranked.isEmpty()) {
            out.println();
            out.println(m.get("cli.status.ranked"));
            int n = 1;
            for (OpenAction action : ranked) {
                StepProgress step = action.step();
                out.println(m.get("cli.status.rankedLine", n++, action.why(words.texts()), step.account().id(),
                        CliText.plain(step.account().label()), words.texts().text(step.step().title())));
            }
        }
        for (AccountOverview o : overviews) {
            Account a = o.account();
            out.println();
            out.println(a.owner() == null
                    ? m.get("cli.status.account", a.id(), o.platformName(), CliText.plain(a.label()), o.done(),
                            o.total())
                    : m.get("cli.status.accountOwned", a.id(), o.platformName(), CliText.plain(a.label()),
                            CliText.plain(a.owner()), o.done(), o.total()));
            List<StepProgress> open = o.open();
            if (open.isEmpty()) {
                out.println("  " + m.get("cli.status.nothingOpen"));
            }
            for (StepProgress step : open) {
                out.println("  - " + line(words, step));
            }
            for (StepProgress step : o.notApplicable()) {
                out.println("  · " + line(words, step));
            }
        }
    }

    private static String line(ProgressWords words, StepProgress step) {
        return words.texts().messages().get("cli.status.step", words.situation(step),
                words.texts().text(step.step().title()), step.step().id());
    }
}
