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
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The report as an A4 PDF with the same content, in the same order, as {@link HtmlReport}: TITLE,
 * day, profile, summary (the protection first), each account's protection, each owner's accounts with
 * a table of steps and the history, the ranked open actions, the key dates, the sources and the notice.
 *
 * <p>Every user text goes in as a plain {@link Phrase} or {@link Paragraph}: OpenPDF lays it out and
 * never reads it as markup. The fonts are embedded (DejaVu Sans, Symbola for emoji; see
 * {@code resources/app/notrain/report/fonts/README.md}); see {@link #plain(String)} for what no font
 * has. PDF is bytes, so this format overrides {@link #write(ProgressReport, OutputStream)}.
 */
public final class PdfReport implements ReportFormat {
    private static final Color HEADER = new Color(0xEE, 0xEE, 0xEE);
    private static final Color DONE = new Color(0x2E, 0x7D, 0x32);
    private static final Color REST = new Color(0xE3, 0xE3, 0xE3);
    private static final Color GREY = new Color(0x44, 0x44, 0x44);
    private static final Color ALERT = new Color(0xB3, 0x26, 0x1E);
    private static final Color CAUTION = new Color(0x8A, 0x53, 0x00);

    private static final Style TITLE = Style.of(Fonts.BOLD, 18, null);
    private static final Style H2 = Style.of(Fonts.BOLD, 14, null);
    private static final Style H3 = Style.of(Fonts.BOLD, 12, null);
    private static final Style H4 = Style.of(Fonts.BOLD, 11, null);
    private static final Style BODY = Style.of(Fonts.REGULAR, 10, null);
    private static final Style BOLD = Style.of(Fonts.BOLD, 10, null);
    private static final Style META = Style.of(Fonts.REGULAR, 10, GREY);
    private static final Style CELL = Style.of(Fonts.REGULAR, 8, null);
    private static final Style CELL_BOLD = Style.of(Fonts.BOLD, 8, null);
    /** The protection's colour in the account table (8 pt) and under each account's heading (10 pt). */
    private static final Map<Color, Style> STATUS_CELL = new HashMap<>();
    private static final Map<Color, Style> STATUS_LINE = new HashMap<>();

    static {
        for (Color colour : List.of(ALERT, CAUTION, DONE, Color.BLACK)) {
            STATUS_CELL.put(colour, Style.of(Fonts.BOLD, 8, colour));
            STATUS_LINE.put(colour, Style.of(Fonts.BOLD, 10, colour));
        }
    }

    /**
     * DejaVu Sans (regular and bold) for letters, Symbola for emoji and symbols: each character is
     * drawn with the first font that has it (see {@link Style}). Loaded once, embedded as subsets.
     */
    static final class Fonts {
        static final BaseFont REGULAR = load("DejaVuSans.ttf");
        static final BaseFont BOLD = load("DejaVuSans-Bold.ttf");
        static final BaseFont SYMBOLS = load("Symbola.ttf");

        private static BaseFont load(String file) {
            try (java.io.InputStream in = PdfReport.class.getResourceAsStream("fonts/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("the font " + file + " is missing from the application");
                }
                return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(),
                        null);
            } catch (IOException e) {
                throw new IllegalStateException("the font " + file + " cannot be read", e);
            }
        }
    }

    /**
     * A font at a size and colour, with its fallback to Symbola character by character, made once
     * for all reports. OpenPDF's {@code FontSelector} reads and parses a fallback font of its own
     * from its jar in its constructor: one selector per phrase or cell was 99.8 % of the time of a
     * 1,000-account report (74 s). Shared between threads: after this class is initialised nothing
     * changes the fonts or the selectors; {@code process} only reads them, like the shared
     * {@link BaseFont}s underneath.
     */
    record Style(Font font, FontSelector selector) {
        /** @param colour null for the default (black, with no colour set in the page) */
        static Style of(BaseFont base, float size, Color colour) {
            Font font = new Font(base, size, colour == null ? Font.UNDEFINED : Font.NORMAL, colour);
            FontSelector selector = new FontSelector();
            selector.addFont(font);
            selector.addFont(new Font(Fonts.SYMBOLS, size, Font.NORMAL, colour));
            return new Style(font, selector);
        }

        Phrase phrase(String text) {
            return selector.process(plain(text));
        }
    }

    @Override
    public String extension() {
        return "pdf";
    }

    /** PDF is binary: use {@link #write(ProgressReport, OutputStream)}. */
    @Override
    public void write(ProgressReport report, Writer out) {
        throw new UnsupportedOperationException("PDF is written as bytes, not characters");
    }

    @Override
    public void write(ProgressReport r, OutputStream out) throws IOException {
        Document doc = new Document(PageSize.A4, 45, 45, 50, 50);
        PdfWriter writer;
        try {
            writer = PdfWriter.getInstance(doc, out);
        } catch (RuntimeException e) {
            throw new IOException("the PDF could not be started: " + e.getMessage(), e);
        }
        writer.setCloseStream(false);           // the caller syncs and closes the file
        doc.addTitle(plain(r.title()));
        doc.addCreator("NoTrain");
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(r.language().code()));
        try {
            doc.open();
            content(doc, r);
            doc.close();
        } catch (RuntimeException e) {
            // OpenPDF wraps the stream's IOException (a full disk) in unchecked exceptions, sometimes
            // twice; the caller reports an IOException in words, like every other format's, not a
            // stack trace. Anything else is a fault, and stays one.
            IOException io = ioCause(e);
            if (io == null) {
                throw e;
            }
            throw io;
        }
        out.flush();
    }

    /** The I/O failure inside OpenPDF's wrappers, or null when there is none. */
    private static IOException ioCause(Throwable e) {
        Throwable t = e;
        for (int depth = 0; t != null && depth < 16; depth++) {      // a bound, in case causes loop
            if (t instanceof IOException io) {
                return io;
            }
            t = t instanceof ExceptionConverter c ? c.getException() : t.getCause();
        }
        return null;
    }

    private void content(Document doc, ProgressReport r) {
        doc.add(para(r.title(), TITLE, 0, 6));
        doc.add(para(r.text("report.asOf", r.date(r.asOf())), META, 0, 0));
        doc.add(para(r.text("report.profile", r.profile().regionText(), r.profile().useText()), META, 0, 0));
        doc.add(para(r.text("report.catalogVersion", r.catalogVersion()), META, 0, 0));

        summary(doc, r);
        protection(doc, r);
        organisation(doc, r);

        doc.add(para(r.text("report.accounts"), H2, 14, 4));
        if (r.owners().isEmpty()) {
            doc.add(para(r.text("report.noAccounts"), BODY, 0, 0));
        }
        for (OwnerSection owner : r.owners()) {
            doc.add(para(owner.name(), H3, 10, 2));
            if (r.severalOwners()) {
                doc.add(para(owner.protection().headline(), META, 0, 2));
            }
            for (AccountSection a : owner.accounts()) {
                account(doc, r, a);
            }
        }

        team(doc, r);

        doc.add(para(r.text("report.actions"), H2, 14, 4));
        if (r.actions().isEmpty()) {
            doc.add(para(r.text("report.noActions"), BODY, 0, 0));
        }
        for (ActionLine a : r.actions()) {
            Paragraph line = para(a.rank() + ". " + r.text("report.actionLine", a.why(), a.accountNames(),
                    a.stepTitle()), BODY, 0, 2);
            line.setIndentationLeft(12);
            line.setFirstLineIndent(-12);
            doc.add(line);
        }

        doc.add(para(r.text("report.dates"), H2, 14, 4));
        for (PlatformFacts p : r.platforms()) {
            doc.add(para(p.name(), H3, 8, 2));
            for (DateLine d : p.dates()) {
                Paragraph line = new Paragraph();
                line.add(BOLD.phrase(d.dateText()));
                String label = " — " + d.label() + (d.uncertain() ? " " + r.text("report.uncertain") : "");
                line.add(BODY.phrase(label));
                line.setSpacingAfter(0);
                doc.add(line);
                Paragraph outlook = para(d.outlook(), META, 0, 4);
                outlook.setIndentationLeft(12);
                doc.add(outlook);
            }
        }

        doc.add(para(r.text("platform.sources"), H2, 14, 4));
        for (PlatformFacts p : r.platforms()) {
            doc.add(para(p.name(), H3, 8, 2));
            for (SourceLine src : p.sources()) {
                StringBuilder s = new StringBuilder("• ").append(r.citation(src));
                if (src.url() != null) {
                    s.append(' ').append(src.url());        // printed, not linked: a PDF is for keeping
                }
                doc.add(para(s.toString(), BODY, 0, 2));
            }
        }

        Paragraph notice = para(r.notice(), META, 20, 0);
        notice.setIndentationLeft(10);
        doc.add(notice);
    }

    /** Colleagues' reports as they reported them, after the user's own accounts (docs/team.md). */
    private void team(Document doc, ProgressReport r) {
        if (r.team().isEmpty()) {
            return;
        }
        doc.add(para(r.text("report.team"), H2, 14, 4));
        doc.add(para(r.text("report.company") + ": " + r.company().headline(), BOLD, 0, 4));
        for (ProgressReport.TeamSection member : r.team()) {
            doc.add(para(member.person(), H3, 10, 2));
            doc.add(para(member.reportedText() + " · " + member.section().protection().headline(), META, 0, 2));
            if (member.staleText() != null) {
                doc.add(para(member.staleText(), BOLD, 0, 2));
            }
            for (AccountSection a : member.section().accounts()) {
                account(doc, r, a);
            }
        }
    }

    private void summary(Document doc, ProgressReport r) {
        Summary s = r.summary();
        String progress = r.text("report.summary.progress", s.stepsDone(), s.stepsApplicable());
        doc.add(para(r.text("report.summary"), H2, 14, 4));
        doc.add(para(s.protection().headline(), H4, 0, 4));
        if (r.severalOwners()) {
            for (int i = 0; i < r.owners().size(); i++) {
                OwnerSection owner = r.owners().get(i);
                // The last line keeps the step counts apart from the owners' lines.
                Paragraph line = para("• " + r.text("report.protection.owner", owner.name(),
                        owner.protection().headline()), BODY, 0, i == r.owners().size() - 1 ? 5 : 1);
                line.setIndentationLeft(10);
                line.setFirstLineIndent(-10);
                doc.add(line);
            }
        }
        PdfPTable table = table(5);
        for (String heading : List.of(r.text("report.summary.accounts"), r.text("report.summary.stepsDone"),
                r.text("report.summary.openActions"), r.text("report.summary.refusals"),
                r.text("report.summary.exposed"))) {
            table.addCell(cell(heading, CELL_BOLD, HEADER));
        }
        for (String value : List.of(String.valueOf(s.accounts()), progress, String.valueOf(s.openActions()),
                String.valueOf(s.refusals()), String.valueOf(s.accountsExposed()))) {
            table.addCell(cell(value, CELL, null));
        }
        doc.add(table);

        // The progress bar: one row, the done share in green.
        float share = s.stepsApplicable() == 0 ? 0f : (float) s.stepsDone() / s.stepsApplicable();
        PdfPTable bar = new PdfPTable(share > 0f && share < 1f ? 2 : 1);
        bar.setWidthPercentage(50);
        bar.setHorizontalAlignment(Element.ALIGN_LEFT);
        if (share > 0f && share < 1f) {
            bar.setWidths(new float[] {share, 1f - share});
            bar.addCell(barCell(DONE));
            bar.addCell(barCell(REST));
        } else {
            bar.addCell(barCell(share >= 1f ? DONE : REST));
        }
        bar.setSpacingAfter(4);
        doc.add(bar);
    }

    /** A business's organisation checklist: its count, then one row per measure, headers repeated. */
    private void organisation(Document doc, ProgressReport r) {
        if (r.organisation() == null) {
            return;
        }
        doc.add(para(r.text("report.organisation"), H2, 14, 4));
        doc.add(para(r.organisation().summary(), H4, 0, 4));
        PdfPTable table = table(6);
        table.setWidths(new float[] {26, 12, 14, 14, 15, 19});
        table.setHeaderRows(1);
        for (String heading : r.measureHeadings()) {
            table.addCell(cell(heading, CELL_BOLD, HEADER));
        }
        for (ProgressReport.MeasureLine m : r.organisation().measures()) {
            for (String value : r.measureCells(m)) {
                table.addCell(cell(value, CELL, null));
            }
        }
        doc.add(table);
    }

    /** Each account's protection, by owner for a business: what the step detail below supports. */
    private void protection(Document doc, ProgressReport r) {
        if (r.owners().isEmpty()) {
            return;
        }
        doc.add(para(r.text("report.protection"), H2, 14, 4));
        for (OwnerSection owner : r.owners()) {
            if (r.severalOwners()) {
                doc.add(para(owner.name(), H3, 6, 2));
            }
            PdfPTable table = table(3);
            table.setWidths(new float[] {30, 40, 30});
            table.setHeaderRows(1);
            for (String heading : List.of(r.text("report.column.account"), r.text("report.column.protection"),
                    r.text("report.column.nextStep"))) {
                table.addCell(cell(heading, CELL_BOLD, HEADER));
            }
            for (AccountSection a : owner.accounts()) {
                table.addCell(cell(a.platformName() + ProgressReport.SEPARATOR + a.label(), CELL, null));
                table.addCell(cell(a.protectionDetail(), STATUS_CELL.get(colour(a)), null));
                table.addCell(cell(a.next() == null ? "" : a.next().title(), CELL, null));
            }
            doc.add(table);
        }
    }

    /** The status's colour, as in the HTML report: red when exposed or refused, amber while it is not settled. */
    private static Color colour(AccountSection a) {
        return switch (a.protection()) {
            case EXPOSED, REFUSED_BY_PLATFORM -> ALERT;
            case NOT_YET, PENDING, RECHECK_DUE, NO_REFUSAL -> CAUTION;
            case PROTECTED -> DONE;
            case NOT_CONCERNED, UNKNOWN -> Color.BLACK;
        };
    }

    private void account(Document doc, ProgressReport r, AccountSection a) {
        doc.add(para(a.platformName() + ProgressReport.SEPARATOR + a.label(), H4, 8, 2));
        doc.add(para(a.protectionDetail(), STATUS_LINE.get(colour(a)), 0, 0));
        if (a.next() != null) {
            doc.add(para(r.text("report.protection.next", a.next().title()), META, 0, 0));
        }
        if (a.group() != null) {
            doc.add(para(r.text("report.group", a.group()), META, 0, 0));
        }
        doc.add(para(r.text("report.summary.progress", a.done(), a.applicable()), META, 0, 4));
        if (!a.steps().isEmpty()) {
            PdfPTable table = table(7);
            table.setWidths(new float[] {22, 11, 16, 10, 10, 16, 15});
            table.setHeaderRows(1);
            for (String heading : List.of(r.text("report.column.step"), r.text("report.column.status"),
                    r.text("report.column.situation"), r.text("report.column.changed"), r.text("report.column.due"),
                    r.text("report.column.note"), r.text("report.column.evidence"))) {
                table.addCell(cell(heading, CELL_BOLD, HEADER));
            }
            for (StepLine s : a.steps()) {
                for (String text : List.of(s.title(), s.statusText(), s.situationText(), r.date(s.changed()),
                        r.date(s.due()), orEmpty(s.note()), r.evidenceText(s))) {
                    table.addCell(cell(text, CELL, null));
                }
            }
            doc.add(table);
        }
        doc.add(para(r.text("report.history"), BOLD, 2, 2));
        if (a.history().isEmpty()) {
            doc.add(para(r.text("report.noHistory"), BODY, 0, 2));
        }
        for (HistoryLine line : a.history()) {
            Paragraph p = para("• " + r.text("report.historyLine", r.date(line.date()), line.text()), BODY, 0, 1);
            p.setIndentationLeft(10);
            p.setFirstLineIndent(-10);
            doc.add(p);
        }
    }

    private static PdfPTable table(int columns) {
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setSpacingBefore(2);
        table.setSpacingAfter(6);
        // A row taller than a page (a 10,000-character note) is split over pages instead of dropped.
        table.setSplitLate(false);
        table.setSplitRows(true);
        return table;
    }

    private static PdfPCell cell(String text, Style style, Color background) {
        // An empty cell gets no phrase at all: OpenPDF lays a phrase out twice (its height, then the
        // page) with a line buffer of a few kilobytes each time, even when there is nothing in it.
        PdfPCell c = text.isEmpty() ? new PdfPCell() : new PdfPCell(style.phrase(text));
        c.setPadding(3);
        c.setBorderColor(Color.LIGHT_GRAY);
        if (background != null) {
            c.setBackgroundColor(background);
        }
        return c;
    }

    private static PdfPCell barCell(Color color) {
        PdfPCell c = new PdfPCell(new Phrase(""));
        c.setFixedHeight(8);
        c.setBackgroundColor(color);
        c.setBorder(PdfPCell.NO_BORDER);
        return c;
    }

    private static Paragraph para(String text, Style style, float before, float after) {
        Paragraph p = new Paragraph(style.phrase(text));
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        return p;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /**
     * The text as the report's fonts can show it. OpenPDF would otherwise drop or garble what no font
     * has without a word, so it is decided here: the text is composed (NFC, so "e" + combining accent
     * becomes "é"); invisible formatting characters (right-to-left and left-to-right marks, zero-width
     * joiners) and variation selectors are dropped, as a screen shows them (nothing); tabs and other
     * control characters become a space; a character neither DejaVu Sans nor Symbola has becomes '?'.
     * Line breaks are kept.
     */
    static String plain(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        Normalizer.normalize(text, Normalizer.Form.NFC).codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (cp == '\n') {
                out.append('\n');
            } else if (cp == '\r') {
                return;                         // "\r\n" is one line break; a lone CR shows nothing
            } else if (Character.isISOControl(cp)) {
                out.append(' ');
            } else if (type == Character.FORMAT || (cp >= 0xFE00 && cp <= 0xFE0F)) {
                return;                         // invisible: direction marks, joiners, variation selectors
            } else if (Fonts.REGULAR.charExists(cp) || Fonts.SYMBOLS.charExists(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }
}
