package app.notrain.report;

import app.notrain.report.ProgressReport.AccountSection;
import app.notrain.report.ProgressReport.ActionLine;
import app.notrain.report.ProgressReport.DateLine;
import app.notrain.report.ProgressReport.AuditLine;
import app.notrain.report.ProgressReport.OwnerSection;
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
        cover(md, r);
        summary(md, r);
        organisation(md, r);

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
        auditLog(md, r);
        facts(md, r);
        md.append("> ").append(escape(r.notice())).append('\n');
        out.write(md.toString());
    }

    private static void cover(StringBuilder md, ProgressReport r) {
        ProgressReport.Cover c = r.cover();
        md.append("# ").append(escape(c.name() == null ? r.title() : c.name() + " — " + r.title())).append("\n\n");
        if (c.author() != null) {
            term(md, r, "report.cover.authorLabel", c.author());
        }
        term(md, r, "report.cover.exportedLabel", r.text("report.cover.exported", r.dateTime(c.exportedAt()),
                r.zoneText()));
        term(md, r, "report.cover.periodLabel", r.period());
        term(md, r, "report.cover.asOfLabel", r.date(r.asOf()));
        term(md, r, "report.cover.guidesLabel", r.guidesText());
        term(md, r, "report.cover.profileLabel", r.text("report.profile", r.profile().regionText(),
                r.profile().useText()));
        md.append('\n');
        if (c.guidesOld()) {
            md.append("**").append(escape(r.text("report.cover.guidesOld"))).append("**\n\n");
        }
    }

    private static void term(StringBuilder md, ProgressReport r, String labelKey, String value) {
        md.append("- ").append(escape(r.text("report.cover.term", r.text(labelKey), value))).append('\n');
    }

    /** The organisation's protection, then each person's. */
    private static void summary(StringBuilder md, ProgressReport r) {
        Summary s = r.summary();
        md.append("## ").append(escape(r.text("report.summary"))).append("\n\n");
        md.append("**").append(escape(r.headline())).append("**\n\n");
        row(md, List.of(r.text("report.column.person"), r.text("report.column.protection"),
                r.text("report.summary.stepsDone")));
        separator(md, 3);
        for (OwnerSection owner : r.owners()) {
            row(md, List.of(owner.name(), owner.protection().headline(),
                    r.text("report.steps", owner.stepsDone(), owner.stepsApplicable())));
        }
        for (ProgressReport.TeamSection member : r.team()) {
            OwnerSection theirs = member.section();
            row(md, List.of(member.person(), theirs.protection().headline(),
                    r.text("report.steps", theirs.stepsDone(), theirs.stepsApplicable())));
        }
        if (r.severalOwners()) {
            row(md, List.of(r.totalName(), s.protection().headline(),
                    r.text("report.steps", s.stepsDone(), s.stepsApplicable())));
        }
        if (r.company() != null) {
            row(md, List.of(r.text("report.company"), r.company().headline(), ""));
        }
        md.append('\n').append(escape(r.text("report.summary.counts", s.accounts(), s.openActions(), s.refusals())))
                .append("\n\n");
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

    /** Colleagues' reports as they reported them, after the user's own accounts (docs/team.md). */
    private static void team(StringBuilder md, ProgressReport r) {
        if (r.team().isEmpty()) {
            return;
        }
        md.append("## ").append(escape(r.text("report.team"))).append("\n\n");
        md.append("**").append(escape(r.text("report.cover.term", r.text("report.company"),
                r.company().headline()))).append("**\n\n");
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
        md.append("**").append(escape(a.protectionDetail())).append("**");
        if (a.next() != null) {
            md.append(escape(ProgressReport.SEPARATOR + r.text("report.protection.next", a.next().title())));
        }
        if (a.group() != null) {
            md.append(escape(ProgressReport.SEPARATOR + r.text("report.group", a.group())));
        }
        md.append(escape(ProgressReport.SEPARATOR + r.text("report.summary.progress", a.done(), a.applicable())))
                .append("\n\n");
        if (!a.steps().isEmpty()) {
            row(md, r.stepColumns());
            separator(md, 6);
            for (StepLine s : a.steps()) {
                row(md, List.of(s.title(), s.situationText(), r.date(s.changed()), r.date(s.due()),
                        orEmpty(s.note()), r.evidenceText(s)));
            }
            md.append('\n');
        }
    }

    /** Appendix A: every change with its time; an undone one struck through, with when it was undone. */
    private static void auditLog(StringBuilder md, ProgressReport r) {
        md.append("## ").append(escape(r.text("report.audit"))).append("\n\n");
        md.append(escape(r.text("report.audit.intro", r.zoneText()))).append("\n\n");
        if (r.auditLog().isEmpty()) {
            md.append(escape(r.text("report.noHistory"))).append("\n\n");
            return;
        }
        row(md, r.auditColumns());
        separator(md, 3);
        for (AuditLine line : r.auditLog()) {
            boolean undone = line.reversal() != null;
            md.append("| ").append(escape(r.dateTime(line.at()))).append(" | ")
                    .append(undone ? "~~" + escape(line.text()) + "~~" : escape(line.text())).append(" | ")
                    .append(undone ? "**" + escape(r.reversalText(line)) + "**" : "").append(" |\n");
        }
        md.append('\n');
    }

    /** Appendix B: the key dates of each platform, then every source once with the platforms citing it. */
    private static void facts(StringBuilder md, ProgressReport r) {
        md.append("## ").append(escape(r.text("report.facts"))).append("\n\n");
        for (ProgressReport.DatesGroup group : r.dateGroups()) {
            md.append("#### ").append(escape(group.names())).append("\n\n");
            for (DateLine d : group.dates()) {
                md.append("- **").append(escape(d.dateText())).append("** — ").append(escape(d.label()));
                if (d.uncertain()) {
                    md.append(' ').append(escape(r.text("report.uncertain")));
                }
                md.append(" \\(").append(escape(d.outlook())).append("\\)\n");
            }
            md.append('\n');
        }
        if (r.citedSources().isEmpty()) {
            return;
        }
        md.append("#### ").append(escape(r.text("platform.sources"))).append("\n\n");
        for (ProgressReport.CitedSource cited : r.citedSources()) {
            SourceLine src = cited.source();
            md.append("- ").append(escape(r.citation(src)));
            if (src.url() != null) {
                md.append(" <").append(url(src.url())).append('>');
            }
            md.append(" — ").append(escape(String.join(", ", cited.platforms()))).append('\n');
        }
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
