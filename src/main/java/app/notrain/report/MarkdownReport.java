package app.notrain.report;

import app.notrain.report.ProgressReport.AccountSection;
import app.notrain.report.ProgressReport.ActionLine;
import app.notrain.report.ProgressReport.DateLine;
import app.notrain.report.ProgressReport.HistoryLine;
import app.notrain.report.ProgressReport.OwnerSection;
import app.notrain.report.ProgressReport.PlatformFacts;
import app.notrain.report.ProgressReport.SourceLine;
import app.notrain.report.ProgressReport.StepLine;
import app.notrain.report.ProgressReport.Summary;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The report as CommonMark with GitHub tables. Every text that is not ours (labels, notes, owners,
 * catalog texts) is put on one line and backslash-escaped, so it can neither start a heading or a
 * list nor add a table column, and without control or invisible characters (see {@link PlainText}),
 * so that {@code cat report.md} shows it as it is.
 */
public final class MarkdownReport implements ReportFormat {

    @Override
    public String extension() {
        return "md";
    }

    @Override
    public void write(ProgressReport r, Writer out) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(r.title())).append("\n\n");
        md.append(escape(r.text("report.asOf", r.date(r.asOf())))).append("  \n");
        md.append(escape(r.text("report.profile", r.profile().regionText(), r.profile().useText()))).append("  \n");
        md.append(escape(r.text("report.catalogVersion", r.catalogVersion()))).append("\n\n");

        Summary s = r.summary();
        md.append("## ").append(escape(r.text("report.summary"))).append("\n\n");
        md.append("**").append(escape(s.protection().headline())).append("**\n\n");
        if (r.severalOwners()) {
            for (OwnerSection owner : r.owners()) {
                md.append("- ").append(escape(r.text("report.protection.owner", owner.name(),
                        owner.protection().headline()))).append('\n');
            }
            md.append('\n');
        }
        row(md, List.of(r.text("report.summary.accounts"), r.text("report.summary.stepsDone"),
                r.text("report.summary.openActions"), r.text("report.summary.refusals"),
                r.text("report.summary.exposed")));
        separator(md, 5);
        row(md, List.of(String.valueOf(s.accounts()),
                r.text("report.summary.progress", s.stepsDone(), s.stepsApplicable()),
                String.valueOf(s.openActions()), String.valueOf(s.refusals()), String.valueOf(s.accountsExposed())));
        md.append('\n');

        protection(md, r);
        organisation(md, r);

        md.append("## ").append(escape(r.text("report.accounts"))).append("\n\n");
        if (r.owners().isEmpty()) {
            md.append(escape(r.text("report.noAccounts"))).append("\n\n");
        }
        for (OwnerSection owner : r.owners()) {
            md.append("### ").append(escape(owner.name())).append("\n\n");
            if (r.severalOwners()) {
                md.append(escape(owner.protection().headline())).append("\n\n");
            }
            for (AccountSection account : owner.accounts()) {
                account(md, r, account);
            }
        }

        team(md, r);

        md.append("## ").append(escape(r.text("report.actions"))).append("\n\n");
        if (r.actions().isEmpty()) {
            md.append(escape(r.text("report.noActions"))).append("\n\n");
        } else {
            for (ActionLine a : r.actions()) {
                md.append(a.rank()).append(". ").append(escape(r.text("report.actionLine", a.why(), a.accountNames(),
                        a.stepTitle()))).append('\n');
            }
            md.append('\n');
        }

        md.append("## ").append(escape(r.text("report.dates"))).append("\n\n");
        for (PlatformFacts p : r.platforms()) {
            md.append("### ").append(escape(p.name())).append("\n\n");
            for (DateLine d : p.dates()) {
                md.append("- **").append(escape(d.dateText())).append("** — ").append(escape(d.label()));
                if (d.uncertain()) {
                    md.append(' ').append(escape(r.text("report.uncertain")));
                }
                md.append("  \n  ").append(escape(d.outlook())).append('\n');
            }
            md.append('\n');
        }

        md.append("## ").append(escape(r.text("platform.sources"))).append("\n\n");
        for (PlatformFacts p : r.platforms()) {
            md.append("### ").append(escape(p.name())).append("\n\n");
            for (SourceLine src : p.sources()) {
                md.append("- ").append(escape(r.citation(src)));
                if (src.url() != null) {
                    md.append(" <").append(url(src.url())).append('>');
                }
                md.append('\n');
            }
            md.append('\n');
        }

        md.append("> ").append(escape(r.notice())).append('\n');
        out.write(md.toString());
    }

    /** Each account's protection, by owner for a business: what the step detail below supports. */
    private static void protection(StringBuilder md, ProgressReport r) {
        if (r.owners().isEmpty()) {
            return;
        }
        md.append("## ").append(escape(r.text("report.protection"))).append("\n\n");
        for (OwnerSection owner : r.owners()) {
            if (r.severalOwners()) {
                md.append("### ").append(escape(owner.name())).append("\n\n");
            }
            row(md, List.of(r.text("report.column.account"), r.text("report.column.protection"),
                    r.text("report.column.nextStep")));
            separator(md, 3);
            for (AccountSection a : owner.accounts()) {
                row(md, List.of(a.platformName() + ProgressReport.SEPARATOR + a.label(), a.protectionDetail(),
                        a.next() == null ? "" : a.next().title()));
            }
            md.append('\n');
        }
    }

    /** Colleagues' reports as they reported them, after the user's own accounts (docs/team.md). */
    private static void team(StringBuilder md, ProgressReport r) {
        if (r.team().isEmpty()) {
            return;
        }
        md.append("## ").append(escape(r.text("report.team"))).append("\n\n");
        md.append("**").append(escape(r.text("report.company"))).append("**: ")
                .append(escape(r.company().headline())).append("\n\n");
        for (ProgressReport.TeamSection member : r.team()) {
            md.append("### ").append(escape(member.person())).append("\n\n");
            md.append(escape(member.reportedText())).append(" · ")
                    .append(escape(member.section().protection().headline())).append("\n\n");
            if (member.staleText() != null) {
                md.append("**").append(escape(member.staleText())).append("**\n\n");
            }
            for (AccountSection account : member.section().accounts()) {
                account(md, r, account);
            }
        }
    }

    private static void account(StringBuilder md, ProgressReport r, AccountSection a) {
        md.append("#### ").append(escape(a.platformName() + ProgressReport.SEPARATOR + a.label())).append("\n\n");
        md.append("**").append(escape(a.protectionDetail())).append("**  \n");
        if (a.next() != null) {
            md.append(escape(r.text("report.protection.next", a.next().title()))).append("  \n");
        }
        if (a.group() != null) {
            md.append(escape(r.text("report.group", a.group()))).append("  \n");
        }
        md.append(escape(r.text("report.summary.progress", a.done(), a.applicable()))).append("\n\n");
        if (!a.steps().isEmpty()) {
            row(md, List.of(r.text("report.column.step"), r.text("report.column.status"),
                    r.text("report.column.situation"), r.text("report.column.changed"), r.text("report.column.due"),
                    r.text("report.column.note"), r.text("report.column.evidence")));
            separator(md, 7);
            for (StepLine s : a.steps()) {
                row(md, List.of(s.title(), s.statusText(), s.situationText(), r.date(s.changed()), r.date(s.due()),
                        orEmpty(s.note()), r.evidenceText(s)));
            }
            md.append('\n');
        }
        md.append("**").append(escape(r.text("report.history"))).append("**\n\n");
        if (a.history().isEmpty()) {
            md.append(escape(r.text("report.noHistory"))).append("\n\n");
            return;
        }
        for (HistoryLine h : a.history()) {
            md.append("- ").append(escape(r.text("report.historyLine", r.date(h.date()), h.text()))).append('\n');
        }
        md.append('\n');
    }

    /** A business's organisation checklist: its count, then one row per measure. */
    private static void organisation(StringBuilder md, ProgressReport r) {
        if (r.organisation() == null) {
            return;
        }
        md.append("## ").append(escape(r.text("report.organisation"))).append("\n\n");
        md.append("**").append(escape(r.organisation().summary())).append("**\n\n");
        row(md, r.measureHeadings());
        separator(md, r.measureHeadings().size());
        r.organisation().measures().forEach(m -> row(md, r.measureCells(m)));
        md.append('\n');
    }

    private static void row(StringBuilder md, List<String> cells) {
        md.append('|');
        for (String cell : cells) {
            md.append(' ').append(escape(cell)).append(" |");
        }
        md.append('\n');
    }

    private static void separator(StringBuilder md, int columns) {
        md.append('|');
        md.append("---|".repeat(columns));
        md.append('\n');
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /**
     * One line of literal text: line breaks become spaces (a break would end a table row or a list
     * item), control and invisible characters are shown or removed ({@link PlainText#line}), and
     * every character Markdown could read as syntax is backslash-escaped.
     */
    static String escape(String raw) {
        if (raw == null) {
            return "";
        }
        String text = PlainText.line(raw);
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\r' -> {
                    out.append(' ');
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n', '\u000B', '\f', '\u0085', '\u2028', '\u2029' -> out.append(' ');
                case '\\', '`', '*', '_', '[', ']', '(', ')', '#', '+', '-', '!', '|', '<', '>', '&', '~' ->
                        out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A catalog link inside an autolink: it may hold no space, angle bracket or control character. */
    private static String url(String url) {
        StringBuilder out = new StringBuilder();
        for (char c : url.toCharArray()) {
            if (c <= ' ' || c == '<' || c == '>' || c == 0x7f) {
                out.append('%').append(String.format("%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
