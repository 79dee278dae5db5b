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
 * The report as one self-contained HTML5 page to keep or print: inline CSS only, no script, no
 * external resource (the links to sources are plain links), A4 pages with each account kept on one
 * page when it fits. Every text is HTML-escaped; the summary bar is inline SVG.
 */
public final class HtmlReport implements ReportFormat {
    private static final String CSS = """
            @page { size: A4; margin: 16mm 15mm; }
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; font-size: 10pt;
              color: #1b1b1b; line-height: 1.35; max-width: 60em; margin: 0 auto; padding: 1em; }
            h1 { font-size: 15pt; color: #444; margin: 0 0 .5em; }
            h2 { font-size: 14pt; border-bottom: 1px solid #999; margin-top: 1.3em; }
            h3 { font-size: 12pt; margin-top: 1em; }
            h4 { font-size: 10.5pt; margin: .8em 0 .2em; }
            h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
            .cover .name { font-size: 20pt; font-weight: 700; margin: 0; }
            .cover dl { display: grid; grid-template-columns: max-content 1fr; gap: .1em 1.2em; margin: 0; }
            .cover dt { color: #444; }
            .cover dd { margin: 0; }
            .alert { color: #b3261e; font-weight: 600; }
            .meta { color: #444; margin: 0; }
            table { border-collapse: collapse; width: 100%; margin: .3em 0; font-size: 9pt; }
            th, td { border: 1px solid #bbb; padding: .2em .4em; text-align: start; vertical-align: top; }
            td { overflow-wrap: anywhere; }
            th { background: #eee; overflow-wrap: normal; word-break: normal; hyphens: manual; }
            thead { display: table-header-group; }
            table.steps th:nth-child(3), table.steps th:nth-child(4), table.audit td:first-child { white-space: nowrap; }
            tr.undone td { color: #777; }
            tr.undone td:last-child { color: #1b1b1b; font-weight: 600; }
            .account { break-inside: avoid; page-break-inside: avoid; margin: .4em 0 .8em; }
            .headline { font-size: 12pt; font-weight: 600; margin: .3em 0; }
            .protection { font-weight: 600; }
            .p-EXPOSED, .p-REFUSED_BY_PLATFORM { color: #b3261e; }
            .p-NOT_YET, .p-PENDING, .p-RECHECK_DUE, .p-NO_REFUSAL { color: #8a5300; }
            .p-PROTECTED { color: #2e7d32; }
            ul.facts { font-size: 9pt; padding-inline-start: 1.2em; margin: .2em 0; }
            .notice { border-inline-start: 4px solid #888; padding-inline-start: .8em; color: #333; margin-top: 2em; }
            tr, li { page-break-inside: avoid; break-inside: avoid; }
            a { color: #0b57d0; overflow-wrap: anywhere; }
            @media print { body { padding: 0; max-width: none; } a { color: inherit; } h2.appendix { break-before: page; } }
            """;

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public void write(ProgressReport r, Writer out) throws IOException {
        StringBuilder h = new StringBuilder();
        String name = r.cover().name();
        h.append("<!DOCTYPE html>\n<html lang=\"").append(escape(r.language().code())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(name == null ? r.title() : name + " — " + r.title()))
                .append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        cover(h, r);
        summary(h, r);
        organisation(h, r);

        h.append("<h2>").append(escape(r.text("report.actions"))).append("</h2>\n");
        if (r.actions().isEmpty()) {
            h.append("<p>").append(escape(r.text("report.noActions"))).append("</p>\n");
        } else {
            h.append("<ol>\n");
            for (ActionLine a : r.actions()) {
                h.append("<li>").append(escape(r.text("report.actionLine", a.why(), a.accountNames(),
                        a.stepTitle()))).append("</li>\n");
            }
            h.append("</ol>\n");
        }

        h.append("<h2>").append(escape(r.text("report.accounts"))).append("</h2>\n");
        if (r.owners().isEmpty()) {
            h.append("<p>").append(escape(r.text("report.noAccounts"))).append("</p>\n");
        }
        for (OwnerSection owner : r.owners()) {
            h.append("<h3>").append(escape(owner.name())).append("</h3>\n");
            if (r.severalOwners()) {
                h.append("<p class=\"meta\">").append(escape(owner.protection().headline())).append("</p>\n");
            }
            for (AccountSection a : owner.accounts()) {
                account(h, r, a);
            }
        }

        team(h, r);
        auditLog(h, r);
        facts(h, r);
        h.append("<p class=\"notice\">").append(escape(r.notice())).append("</p>\n</body>\n</html>\n");
        out.write(h.toString());
    }

    /** Who the report is for and by, when it was exported, the period and the guides' date. */
    private static void cover(StringBuilder h, ProgressReport r) {
        ProgressReport.Cover c = r.cover();
        h.append("<header class=\"cover\">\n");
        if (c.name() != null) {
            h.append("<p class=\"name\">").append(escape(c.name())).append("</p>\n");
        }
        h.append("<h1>").append(escape(r.title())).append("</h1>\n<dl>\n");
        if (c.author() != null) {
            term(h, r.text("report.cover.authorLabel"), c.author());
        }
        term(h, r.text("report.cover.exportedLabel"), r.text("report.cover.exported", r.dateTime(c.exportedAt()),
                r.zoneText()));
        term(h, r.text("report.cover.periodLabel"), r.period());
        term(h, r.text("report.cover.asOfLabel"), r.date(r.asOf()));
        term(h, r.text("report.cover.guidesLabel"), r.guidesText());
        term(h, r.text("report.cover.profileLabel"), r.text("report.profile", r.profile().regionText(),
                r.profile().useText()));
        h.append("</dl>\n");
        if (c.guidesOld()) {
            h.append("<p class=\"alert\">").append(escape(r.text("report.cover.guidesOld"))).append("</p>\n");
        }
        h.append("</header>\n");
    }

    private static void term(StringBuilder h, String label, String value) {
        h.append("<dt>").append(escape(label)).append("</dt><dd>").append(escape(value)).append("</dd>\n");
    }

    /** The organisation's protection, then each person's: the first page. */
    private static void summary(StringBuilder h, ProgressReport r) {
        Summary s = r.summary();
        h.append("<h2>").append(escape(r.text("report.summary"))).append("</h2>\n");
        h.append("<p class=\"headline\">").append(escape(r.headline())).append("</p>\n");
        h.append("<table class=\"persons\">\n<thead><tr>");
        for (String heading : List.of(r.text("report.column.person"), r.text("report.column.protection"),
                r.text("report.summary.stepsDone"))) {
            h.append("<th scope=\"col\">").append(escape(heading)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (OwnerSection owner : r.owners()) {
            h.append("<tr><td>").append(escape(owner.name())).append("</td><td>")
                    .append(escape(owner.protection().headline())).append("</td><td>")
                    .append(escape(r.text("report.steps", owner.stepsDone(), owner.stepsApplicable())))
                    .append("</td></tr>\n");
        }
        for (ProgressReport.TeamSection member : r.team()) {
            OwnerSection theirs = member.section();
            h.append("<tr><td>").append(escape(member.person())).append("</td><td>")
                    .append(escape(theirs.protection().headline())).append("</td><td>")
                    .append(escape(r.text("report.steps", theirs.stepsDone(), theirs.stepsApplicable())))
                    .append("</td></tr>\n");
        }
        h.append("</tbody>\n");
        if (r.severalOwners() || r.company() != null) {
            h.append("<tfoot>");
            if (r.severalOwners()) {
                h.append("<tr><th scope=\"row\">").append(escape(r.totalName())).append("</th><th>")
                        .append(escape(s.protection().headline())).append("</th><th>")
                        .append(escape(r.text("report.steps", s.stepsDone(), s.stepsApplicable())))
                        .append("</th></tr>");
            }
            if (r.company() != null) {
                h.append("<tr><th scope=\"row\">").append(escape(r.text("report.company"))).append("</th><th>")
                        .append(escape(r.company().headline())).append("</th><th></th></tr>");
            }
            h.append("</tfoot>\n");
        }
        h.append("</table>\n<p class=\"meta\">")
                .append(escape(r.text("report.summary.counts", s.accounts(), s.openActions(), s.refusals())))
                .append("</p>\n");
    }

    /** A class per status, for its colour; from the enum's constant name, never from user text. */
    private static String statusClass(AccountSection a) {
        return "p-" + a.protection().name();
    }

    /** A business's organisation checklist: its count, then one row per measure. */
    private static void organisation(StringBuilder h, ProgressReport r) {
        if (r.organisation() == null) {
            return;
        }
        h.append("<h2>").append(escape(r.text("report.organisation"))).append("</h2>\n");
        h.append("<p class=\"headline\">").append(escape(r.organisation().summary())).append("</p>\n");
        h.append("<table class=\"measures\">\n<tr>");
        for (String heading : r.measureHeadings()) {
            h.append("<th scope=\"col\">").append(escape(heading)).append("</th>");
        }
        h.append("</tr>\n");
        for (ProgressReport.MeasureLine m : r.organisation().measures()) {
            h.append("<tr>");
            for (String cell : r.measureCells(m)) {
                h.append("<td>").append(escape(cell)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    /** Colleagues' reports as they reported them, after the user's own accounts (docs/team.md). */
    private static void team(StringBuilder h, ProgressReport r) {
        if (r.team().isEmpty()) {
            return;
        }
        h.append("<h2>").append(escape(r.text("report.team"))).append("</h2>\n");
        h.append("<p><strong>").append(escape(r.text("report.cover.term", r.text("report.company"),
                r.company().headline()))).append("</strong></p>\n");
        for (ProgressReport.TeamSection member : r.team()) {
            h.append("<h3>").append(escape(member.person())).append("</h3>\n");
            h.append("<p class=\"meta\">").append(escape(member.reportedText())).append("<br>")
                    .append(escape(member.section().protection().headline()));
            if (member.staleText() != null) {
                h.append("<br><strong>").append(escape(member.staleText())).append("</strong>");
            }
            h.append("</p>\n");
            for (AccountSection a : member.section().accounts()) {
                account(h, r, a);
            }
        }
    }

    private static void account(StringBuilder h, ProgressReport r, AccountSection a) {
        h.append("<section class=\"account\">\n<h4>")
                .append(escape(a.platformName() + ProgressReport.SEPARATOR + a.label())).append("</h4>\n");
        h.append("<p><span class=\"protection ").append(statusClass(a)).append("\">")
                .append(escape(a.protectionDetail())).append("</span><span class=\"meta\">");
        if (a.next() != null) {
            h.append(escape(ProgressReport.SEPARATOR + r.text("report.protection.next", a.next().title())));
        }
        if (a.group() != null) {
            h.append(escape(ProgressReport.SEPARATOR + r.text("report.group", a.group())));
        }
        h.append(escape(ProgressReport.SEPARATOR + r.text("report.summary.progress", a.done(), a.applicable())))
                .append("</span></p>\n");
        if (!a.steps().isEmpty()) {
            h.append("<table class=\"steps\">\n<thead><tr>");
            for (String heading : r.stepColumns()) {
                h.append("<th scope=\"col\">").append(escape(heading)).append("</th>");
            }
            h.append("</tr></thead>\n<tbody>\n");
            for (StepLine s : a.steps()) {
                h.append("<tr>");
                for (String cell : List.of(s.title(), s.situationText(), r.date(s.changed()), r.date(s.due()),
                        orEmpty(s.note()), r.evidenceText(s))) {
                    h.append("<td>").append(escape(cell)).append("</td>");
                }
                h.append("</tr>\n");
            }
            h.append("</tbody>\n</table>\n");
        }
        h.append("</section>\n");
    }

    /** Appendix A: every change with its time; an undone one greyed, with when it was undone. */
    private static void auditLog(StringBuilder h, ProgressReport r) {
        h.append("<h2 class=\"appendix\">").append(escape(r.text("report.audit"))).append("</h2>\n");
        h.append("<p class=\"meta\">").append(escape(r.text("report.audit.intro", r.zoneText()))).append("</p>\n");
        if (r.auditLog().isEmpty()) {
            h.append("<p>").append(escape(r.text("report.noHistory"))).append("</p>\n");
            return;
        }
        h.append("<table class=\"audit\">\n<thead><tr>");
        for (String heading : r.auditColumns()) {
            h.append("<th scope=\"col\">").append(escape(heading)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (AuditLine line : r.auditLog()) {
            h.append(line.reversal() == null ? "<tr>" : "<tr class=\"undone\">")
                    .append("<td>").append(escape(r.dateTime(line.at()))).append("</td><td>")
                    .append(escape(line.text())).append("</td><td>").append(escape(r.reversalText(line)))
                    .append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    /** Appendix B: the key dates of each platform, then every source once with the platforms citing it. */
    private static void facts(StringBuilder h, ProgressReport r) {
        h.append("<h2 class=\"appendix\">").append(escape(r.text("report.facts"))).append("</h2>\n");
        for (ProgressReport.DatesGroup group : r.dateGroups()) {
            h.append("<h4>").append(escape(group.names())).append("</h4>\n<ul class=\"facts\">\n");
            for (DateLine d : group.dates()) {
                h.append("<li><strong>").append(escape(d.dateText())).append("</strong> — ").append(escape(d.label()));
                if (d.uncertain()) {
                    h.append(' ').append(escape(r.text("report.uncertain")));
                }
                h.append(" <span class=\"meta\">(").append(escape(d.outlook())).append(")</span></li>\n");
            }
            h.append("</ul>\n");
        }
        if (r.citedSources().isEmpty()) {
            return;
        }
        h.append("<h4>").append(escape(r.text("platform.sources"))).append("</h4>\n<ul class=\"facts\">\n");
        for (ProgressReport.CitedSource cited : r.citedSources()) {
            SourceLine src = cited.source();
            h.append("<li>").append(escape(r.citation(src)));
            if (src.url() != null) {
                h.append(" <a href=\"").append(escape(link(src.url()))).append("\">").append(escape(src.url()))
                        .append("</a>");
            }
            h.append(" <span class=\"meta\">— ").append(escape(String.join(", ", cited.platforms())))
                    .append("</span></li>\n");
        }
        h.append("</ul>\n");
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Only https links become links; the catalog validates this, the report does not rely on it. */
    private static String link(String url) {
        return url.startsWith("https://") ? url : "#";
    }

    /** Text for an element or a quoted attribute. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        // Controls shown as their pictures, direction and invisible characters removed, as in the text exports.
        text = PlainText.lines(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
