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
import java.util.Locale;

/**
 * The report as one self-contained HTML5 page to keep or print: inline CSS only, no script, no
 * external resource (the links to sources are plain links), A4 pages with each account kept on one
 * page when it fits. Every text is HTML-escaped; the summary bar is inline SVG.
 */
public final class HtmlReport implements ReportFormat {
    private static final String CSS = """
            @page { size: A4; margin: 18mm 16mm; }
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; font-size: 10.5pt;
              color: #1b1b1b; line-height: 1.4; max-width: 60em; margin: 0 auto; padding: 1em; }
            h1 { font-size: 18pt; margin: 0 0 .3em; }
            h2 { font-size: 14pt; border-bottom: 1px solid #999; margin-top: 1.4em; }
            h3 { font-size: 12pt; margin-top: 1.1em; }
            h4 { font-size: 11pt; margin: 0 0 .3em; }
            .meta { color: #444; margin: 0; }
            table { border-collapse: collapse; width: 100%; margin: .4em 0; }
            th, td { border: 1px solid #bbb; padding: .2em .4em; text-align: start; vertical-align: top;
              overflow-wrap: anywhere; }
            th { background: #eee; }
            .account { page-break-inside: avoid; break-inside: avoid; border: 1px solid #ccc;
              border-radius: 4px; padding: .6em .8em; margin: .6em 0; }
            .bar { display: block; width: 100%; max-width: 30em; height: 1em; }
            .headline { font-size: 12pt; font-weight: 600; margin: .3em 0; }
            .owners { margin: .2em 0 .6em; }
            .protection { font-weight: 600; margin: .2em 0; }
            table.status { table-layout: fixed; }
            table.status th:nth-child(1) { width: 32%; }
            table.status th:nth-child(2) { width: 40%; }
            .p-EXPOSED, .p-REFUSED_BY_PLATFORM { color: #b3261e; }
            .p-NOT_YET, .p-PENDING, .p-RECHECK_DUE, .p-NO_REFUSAL { color: #8a5300; }
            .p-PROTECTED { color: #2e7d32; }
            .notice { border-inline-start: 4px solid #888; padding-inline-start: .8em; color: #333; margin-top: 2em; }
            tr, li { page-break-inside: avoid; break-inside: avoid; }
            a { color: #0b57d0; overflow-wrap: anywhere; }
            @media print { body { padding: 0; max-width: none; } a { color: inherit; } }
            """;

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public void write(ProgressReport r, Writer out) throws IOException {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"").append(escape(r.language().code())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(r.title())).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(escape(r.title())).append("</h1>\n");
        h.append("<p class=\"meta\">").append(escape(r.text("report.asOf", r.date(r.asOf())))).append("<br>")
                .append(escape(r.text("report.profile", r.profile().regionText(), r.profile().useText())))
                .append("<br>").append(escape(r.text("report.catalogVersion", r.catalogVersion()))).append("</p>\n");

        summary(h, r);
        protection(h, r);

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

        h.append("<h2>").append(escape(r.text("report.dates"))).append("</h2>\n");
        for (PlatformFacts p : r.platforms()) {
            h.append("<h3>").append(escape(p.name())).append("</h3>\n<ul>\n");
            for (DateLine d : p.dates()) {
                h.append("<li><strong>").append(escape(d.dateText())).append("</strong> — ")
                        .append(escape(d.label()));
                if (d.uncertain()) {
                    h.append(' ').append(escape(r.text("report.uncertain")));
                }
                h.append("<br>").append(escape(d.outlook())).append("</li>\n");
            }
            h.append("</ul>\n");
        }

        h.append("<h2>").append(escape(r.text("platform.sources"))).append("</h2>\n");
        for (PlatformFacts p : r.platforms()) {
            h.append("<h3>").append(escape(p.name())).append("</h3>\n<ul>\n");
            for (SourceLine src : p.sources()) {
                h.append("<li>").append(escape(r.citation(src)));
                if (src.url() != null) {
                    h.append(" <a href=\"").append(escape(link(src.url()))).append("\">")
                            .append(escape(src.url())).append("</a>");
                }
                h.append("</li>\n");
            }
            h.append("</ul>\n");
        }

        h.append("<p class=\"notice\">").append(escape(r.notice())).append("</p>\n</body>\n</html>\n");
        out.write(h.toString());
    }

    private static void summary(StringBuilder h, ProgressReport r) {
        Summary s = r.summary();
        String progress = r.text("report.summary.progress", s.stepsDone(), s.stepsApplicable());
        h.append("<h2>").append(escape(r.text("report.summary"))).append("</h2>\n");
        h.append("<p class=\"headline\">").append(escape(s.protection().headline())).append("</p>\n");
        if (r.severalOwners()) {
            h.append("<ul class=\"owners\">\n");
            for (OwnerSection owner : r.owners()) {
                h.append("<li>").append(escape(r.text("report.protection.owner", owner.name(),
                        owner.protection().headline()))).append("</li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("<table>\n<tr>");
        for (String heading : List.of(r.text("report.summary.accounts"), r.text("report.summary.stepsDone"),
                r.text("report.summary.openActions"), r.text("report.summary.refusals"),
                r.text("report.summary.exposed"))) {
            h.append("<th scope=\"col\">").append(escape(heading)).append("</th>");
        }
        h.append("</tr>\n<tr>");
        for (String value : List.of(String.valueOf(s.accounts()), progress, String.valueOf(s.openActions()),
                String.valueOf(s.refusals()), String.valueOf(s.accountsExposed()))) {
            h.append("<td>").append(escape(value)).append("</td>");
        }
        h.append("</tr>\n</table>\n");
        double share = s.stepsApplicable() == 0 ? 0 : 100.0 * s.stepsDone() / s.stepsApplicable();
        h.append("<svg class=\"bar\" viewBox=\"0 0 100 4\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"")
                .append(escape(progress)).append("\"><rect width=\"100\" height=\"4\" fill=\"#e3e3e3\"/>")
                .append("<rect width=\"").append(String.format(Locale.ROOT, "%.1f", share))
                .append("\" height=\"4\" fill=\"#2e7d32\"/></svg>\n");
    }

    /** Each account's protection, by owner for a business: what the step detail below supports. */
    private static void protection(StringBuilder h, ProgressReport r) {
        if (r.owners().isEmpty()) {
            return;
        }
        h.append("<h2>").append(escape(r.text("report.protection"))).append("</h2>\n");
        for (OwnerSection owner : r.owners()) {
            if (r.severalOwners()) {
                h.append("<h3>").append(escape(owner.name())).append("</h3>\n");
            }
            // Fixed column widths, so that every owner's table lines up with the others.
            h.append("<table class=\"status\">\n<tr>");
            for (String heading : List.of(r.text("report.column.account"), r.text("report.column.protection"),
                    r.text("report.column.nextStep"))) {
                h.append("<th scope=\"col\">").append(escape(heading)).append("</th>");
            }
            h.append("</tr>\n");
            for (AccountSection a : owner.accounts()) {
                h.append("<tr><td>").append(escape(a.platformName() + ProgressReport.SEPARATOR + a.label()))
                        .append("</td><td class=\"").append(statusClass(a)).append("\">")
                        .append(escape(a.protectionDetail())).append("</td><td>")
                        .append(escape(a.next() == null ? "" : a.next().title())).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
    }

    /** A class per status, for its colour; from the enum's constant name, never from user text. */
    private static String statusClass(AccountSection a) {
        return "p-" + a.protection().name();
    }

    private static void account(StringBuilder h, ProgressReport r, AccountSection a) {
        h.append("<section class=\"account\">\n<h4>")
                .append(escape(a.platformName() + ProgressReport.SEPARATOR + a.label())).append("</h4>\n");
        h.append("<p class=\"protection ").append(statusClass(a)).append("\">")
                .append(escape(a.protectionDetail())).append("</p>\n");
        h.append("<p class=\"meta\">");
        if (a.next() != null) {
            h.append(escape(r.text("report.protection.next", a.next().title()))).append("<br>");
        }
        if (a.group() != null) {
            h.append(escape(r.text("report.group", a.group()))).append("<br>");
        }
        h.append(escape(r.text("report.summary.progress", a.done(), a.applicable()))).append("</p>\n");
        if (!a.steps().isEmpty()) {
            h.append("<table>\n<tr>");
            for (String heading : List.of(r.text("report.column.step"), r.text("report.column.status"),
                    r.text("report.column.situation"), r.text("report.column.changed"), r.text("report.column.due"),
                    r.text("report.column.note"), r.text("report.column.evidence"))) {
                h.append("<th scope=\"col\">").append(escape(heading)).append("</th>");
            }
            h.append("</tr>\n");
            for (StepLine s : a.steps()) {
                h.append("<tr>");
                for (String cell : List.of(s.title(), s.statusText(), s.situationText(), r.date(s.changed()),
                        r.date(s.due()), orEmpty(s.note()), orEmpty(s.evidence()))) {
                    h.append("<td>").append(escape(cell)).append("</td>");
                }
                h.append("</tr>\n");
            }
            h.append("</table>\n");
        }
        h.append("<p><strong>").append(escape(r.text("report.history"))).append("</strong></p>\n");
        if (a.history().isEmpty()) {
            h.append("<p>").append(escape(r.text("report.noHistory"))).append("</p>\n");
        } else {
            h.append("<ul>\n");
            for (HistoryLine line : a.history()) {
                h.append("<li>").append(escape(r.text("report.historyLine", r.date(line.date()), line.text())))
                        .append("</li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("</section>\n");
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
