package app.notrain.cli;

import app.notrain.i18n.Messages;
import app.notrain.progress.Account;
import app.notrain.progress.AccountProtection;
import app.notrain.progress.Assessment;
import app.notrain.progress.MeasureProgress;
import app.notrain.progress.OpenAction;
import app.notrain.progress.OrganisationProgress;
import app.notrain.progress.OrganisationTexts;
import app.notrain.progress.StepProgress;
import app.notrain.progress.TeamMember;
import app.notrain.progress.TeamSnapshot;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code notrain status [--json] [--today DATE]}: is each account protected, and what to do next, as
 * of a day. One {@link Assessment} per run, so the headline, the ranked actions and the table agree.
 */
@Command(name = "status", mixinStandardHelpOptions = true, resourceBundle = "app.notrain.i18n.messages")
final class StatusCommand implements Callable<Integer>, DescribedCommand {
    /** Labels are cut in the table and the action lines (never in JSON), so one account stays one line. */
    private static final int MAX_LABEL = 30;
    private static final int MAX_OWNER = 40;
    /**
     * The most urgent actions shown in words; with hundreds of accounts the rest would bury the table,
     * which names every account's next step anyway (the JSON lists them all).
     */
    static final int MAX_ACTIONS = 20;
    private static final String INDENT = "  ";

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
            ZoneId zone = Cli.rootOf(cmd).clock.getZone();
            Assessment assessment = Assessment.of(book, day, zone);
            OrganisationProgress organisation = book.tracksOrganisation() ? book.organisation(day) : null;
            List<TeamMember> team = TeamMember.of(book.team(), day, zone);
            if (json) {
                out.println(ProgressJson.status(assessment, book.profile(), organisation, messages.language(), team));
                return Cli.OK;
            }
            ProgressWords words = new ProgressWords(messages);
            if (assessment.accounts().isEmpty()) {
                out.println(messages.get("cli.noAccounts"));
            } else {
                print(out, words, assessment, zone);
            }
            if (organisation != null) {
                printOrganisation(out, messages, organisation, zone);
            }
            if (!team.isEmpty()) {
                printTeam(out, words, assessment, team);
            }
            return Cli.OK;
        });
    }

    private static void print(PrintWriter out, ProgressWords words, Assessment assessment, ZoneId zone) {
        Messages m = words.texts().messages();
        List<AccountProtection> accounts = assessment.accounts();
        out.println(m.get("cli.status.header", words.texts().date(assessment.today())));
        out.println(words.headline(accounts));
        out.println();
        printActions(out, words, assessment.actions());
        printAccounts(out, words, assessment, zone);
    }

    /** The organisation checklist after the accounts: the count, then each measure still open. */
    private static void printOrganisation(PrintWriter out, Messages m, OrganisationProgress organisation,
                                          ZoneId zone) {
        OrganisationTexts texts = new OrganisationTexts(m);
        out.println();
        out.println(m.get("cli.status.organisation", texts.summary(organisation)));
        for (MeasureProgress measure : organisation.open()) {
            String owner = measure.owner() == null ? "" : m.get("cli.status.measureOwner", CliText.plain(
                    ProgressWords.cut(measure.owner(), MAX_OWNER)));
            out.println(INDENT + m.get("cli.status.measureLine", texts.standing(measure, zone), texts.title(measure),
                    measure.measure().id()) + owner);
        }
    }

    /**
     * Numbered, most urgent first, the first {@link #MAX_ACTIONS}; the numbers are right-aligned so
     * the reasons start in one column.
     */
    private static void printActions(PrintWriter out, ProgressWords words, List<OpenAction> actions) {
        Messages m = words.texts().messages();
        if (actions.isEmpty()) {
            out.println(m.get("cli.status.nothingOpen"));
            return;
        }
        out.println(m.get("cli.status.ranked"));
        List<OpenAction> shown = actions.subList(0, Math.min(actions.size(), MAX_ACTIONS));
        int width = String.valueOf(shown.size()).length();
        int n = 1;
        for (OpenAction action : shown) {
            String number = pad(String.valueOf(n++), width, true);
            StepProgress step = action.step();
            String why = action.why(words.texts());
            String title = words.texts().text(step.step().title());
            out.println(action.isGroup()
                    ? m.get("cli.status.rankedGroupLine", number, why,
                            action.accounts().stream().map(a -> words.account(a, MAX_LABEL))
                                    .collect(Collectors.joining(", ")),
                            CliText.plain(action.account().group()), title, step.step().id())
                    : m.get("cli.status.rankedLine", number, why, words.account(action.account(), MAX_LABEL), title,
                            step.step().id()));
        }
        if (actions.size() > shown.size()) {
            out.println(m.get("cli.status.moreActions", actions.size() - shown.size()));
        }
    }

    /**
     * One line per account, columns aligned across the whole table. Grouped by owner (in the order
     * the owners first appear) when any account has one, with the accounts of no owner last.
     */
    private static void printAccounts(PrintWriter out, ProgressWords words, Assessment assessment, ZoneId zone) {
        Messages m = words.texts().messages();
        Map<String, List<AccountProtection>> byOwner = new LinkedHashMap<>();
        List<AccountProtection> unowned = new ArrayList<>();
        for (AccountProtection p : assessment.accounts()) {
            String owner = p.account().owner();
            if (owner == null) {
                unowned.add(p);
            } else {
                byOwner.computeIfAbsent(owner, o -> new ArrayList<>()).add(p);
            }
        }
        Map<String, String[]> rows = new HashMap<>();       // by account id
        int[] widths = new int[4];              // the fifth cell, the next step, is not padded
        for (AccountProtection p : assessment.accounts()) {
            Account a = p.account();
            String[] row = {a.id(), CliText.plain(p.overview().platformName()),
                    ProgressWords.cut(a.label(), MAX_LABEL), words.standing(p, assessment.today(), zone),
                    words.next(p)};
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], width(row[i]));
            }
            rows.put(a.id(), row);
        }
        if (byOwner.isEmpty()) {
            out.println();
            unowned.forEach(p -> out.println(line("", rows.get(p.account().id()), widths)));
            return;
        }
        byOwner.forEach((owner, owned) -> printOwner(out, words, ProgressWords.cut(owner, MAX_OWNER), owned, rows,
                widths));
        if (!unowned.isEmpty()) {
            printOwner(out, words, m.get("cli.status.noOwner"), unowned, rows, widths);
        }
    }

    private static void printOwner(PrintWriter out, ProgressWords words, String heading,
                                   List<AccountProtection> accounts, Map<String, String[]> rows,
                                   int[] widths) {
        out.println();
        out.println(heading + ProgressWords.SEPARATOR + words.protectedOf(accounts));
        accounts.forEach(p -> out.println(line(INDENT, rows.get(p.account().id()), widths)));
    }

    /**
     * Each colleague's report, as they reported it: their headline and when, a warning when it is older
     * than the re-check interval, their accounts; then the company's total.
     */
    private static void printTeam(PrintWriter out, ProgressWords words, Assessment assessment,
                                  List<TeamMember> team) {
        Messages m = words.texts().messages();
        out.println();
        out.println(m.get("cli.status.team"));
        for (TeamMember member : team) {
            out.println();
            out.println(ProgressWords.cut(member.person(), MAX_OWNER) + ProgressWords.SEPARATOR
                    + m.get("team.reportedOn", words.texts().date(member.reportedOn())) + ProgressWords.SEPARATOR + words.headline(member.tally()));
            String stale = words.staleWarning(member);
            if (stale != null) {
                out.println(INDENT + "! " + stale);
            }
            for (TeamSnapshot.TeamAccount a : member.snapshot().accounts()) {
                out.println(INDENT + String.join(INDENT, CliText.plain(a.id()), CliText.plain(a.platform()),
                        ProgressWords.cut(a.label(), MAX_LABEL), words.reported(a)));
            }
        }
        out.println();
        out.println(m.get("cli.status.company", words.headline(TeamMember.company(assessment.accounts(), team))));
    }

    /** The cells padded to their column; the last one (the detail) is not, so no line ends in spaces. */
    private static String line(String indent, String[] row, int[] widths) {
        StringBuilder line = new StringBuilder(indent);
        for (int i = 0; i < row.length - 1; i++) {
            line.append(pad(row[i], widths[i], false)).append(INDENT);
        }
        String last = row[row.length - 1];
        return last.isEmpty() ? line.toString().stripTrailing() : line.append(last).toString();
    }

    private static String pad(String text, int width, boolean right) {
        String space = " ".repeat(Math.max(0, width - width(text)));
        return right ? space + text : text + space;
    }

    private static int width(String text) {
        return text.codePointCount(0, text.length());
    }
}
