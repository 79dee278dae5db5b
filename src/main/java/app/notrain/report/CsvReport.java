package app.notrain.report;

import app.notrain.report.ProgressReport.AccountSection;
import app.notrain.report.ProgressReport.OwnerSection;
import app.notrain.report.ProgressReport.StepLine;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;

/**
 * One row per account and step (an account whose platform is unknown gets one row without a step),
 * RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line break in double
 * quotes. Starts with a byte order mark so that spreadsheets read the accents right. Dates are ISO
 * (YYYY-MM-DD); statuses are in words in the report's language. The account's columns come first
 * (owner, platform, account, group, protection status, protected on), repeated on each of its rows,
 * then the step's. A business's organisation measures follow, one row each, under the platform
 * "Organisation", with the person responsible as the owner.
 *
 * <p>Spreadsheet-safe: a value that starts with {@code = + - @} (or their full-width forms
 * {@code ＝ ＋ － ＠}), a tab or a carriage return would be read as a formula, so it gets a leading
 * apostrophe (the OWASP rule for CSV injection). Control and invisible characters are shown or
 * removed as {@link PlainText} says, so {@code cat} or a text editor shows the file as it is.
 */
public final class CsvReport implements ReportFormat {
    private static final String CRLF = "\r\n";
    /**
     * What a spreadsheet may read as the start of a formula: the OWASP list, and the full-width
     * forms of = + - @, which some spreadsheets take for the ASCII ones.
     */
    static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public void write(ProgressReport r, Writer out) throws IOException {
        StringBuilder csv = new StringBuilder("\uFEFF");
        row(csv, List.of(r.text("report.column.owner"), r.text("report.column.platform"),
                r.text("report.column.account"), r.text("report.column.group"), r.text("report.column.protection"),
                r.text("report.column.protectedOn"), r.text("report.column.step"),
                r.text("report.column.status"), r.text("report.column.situation"), r.text("report.column.changed"),
                r.text("report.column.due"), r.text("report.column.note"), r.text("report.column.evidence")));
        for (OwnerSection owner : r.owners()) {
            for (AccountSection a : owner.accounts()) {
                if (a.steps().isEmpty()) {
                    row(csv, List.of(owner.name(), a.platformName(), a.label(), orEmpty(a.group()),
                            a.protectionText(), iso(a.protectedOn()), "", "", "", "", "", "", ""));
                }
                for (StepLine s : a.steps()) {
                    row(csv, List.of(owner.name(), a.platformName(), a.label(), orEmpty(a.group()),
                            a.protectionText(), iso(a.protectedOn()), s.title(), s.statusText(), s.situationText(),
                            iso(s.changed()), iso(s.due()), orEmpty(s.note()), r.evidenceText(s)));
                }
            }
        }
        if (r.organisation() != null) {
            // The measures after the accounts, in the same columns: the person responsible as the owner.
            String organisation = r.text("report.organisationPlatform");
            for (ProgressReport.MeasureLine m : r.organisation().measures()) {
                row(csv, List.of(orEmpty(m.owner()), organisation, "", "", "", "", m.title(), m.statusText(),
                        m.situationText(), iso(m.changed()), iso(m.due()), orEmpty(m.note()), orEmpty(m.evidence())));
            }
        }
        out.write(csv.toString());
    }

    private static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(cells.get(i)));
        }
        csv.append(CRLF);
    }

    /**
     * Cleaned of control and invisible characters ({@link PlainText#lines}: line breaks and tabs
     * stay), neutralised against formulas, then quoted when RFC 4180 requires it.
     */
    static String field(String value) {
        String safe = PlainText.lines(value);
        if (!safe.isEmpty() && FORMULA_STARTS.indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    private static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
