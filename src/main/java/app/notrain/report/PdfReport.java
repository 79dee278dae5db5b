package app.notrain.report;

import app.notrain.report.ProgressReport.AccountSection;
import app.notrain.report.ProgressReport.ActionLine;
import app.notrain.report.ProgressReport.AuditLine;
import app.notrain.report.ProgressReport.DateLine;
import app.notrain.report.ProgressReport.OwnerSection;
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
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
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
 * The report as an A4 PDF with the same content, in the same order, as {@link HtmlReport}: the cover
 * (organisation, author, time of export, period, guides' date), the summary (the organisation's
 * protection, then each person's), the ranked open actions, each person's accounts with their steps,
 * appendix A the audit log (undone changes greyed and marked), appendix B the key dates and every
 * source once, and the notice. Every page has its number and the total ("Page 3 of 10"), a heading
 * never ends a page, table headings keep their words whole and repeat on each page.
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

    private static final Color MUTED = new Color(0x77, 0x77, 0x77);
    private static final float MARGIN = 45;
    private static final float CELL_PADDING = 3;
    /** Line height as a multiple of the font's size (OpenPDF's default, 1.5, spreads a report over more pages). */
    private static final float LEADING = 1.25f;
    /** Step, where it stands, recorded on, until, note, evidence. */
    private static final float[] STEP_WEIGHTS = {24, 17, 12, 12, 18, 17};
    /** When, change, undone. */
    private static final float[] AUDIT_WEIGHTS = {17, 69, 14};
    /** A day with a long month in both languages (September, septembre), to size date columns. */
    private static final java.time.LocalDate LONGEST_DAY = java.time.LocalDate.of(2026, 9, 30);

    private static final Style COVER_NAME = Style.of(Fonts.BOLD, 20, null);
    private static final Style TITLE = Style.of(Fonts.BOLD, 14, GREY);
    private static final Style H2 = Style.of(Fonts.BOLD, 14, null);
    private static final Style H3 = Style.of(Fonts.BOLD, 12, null);
    private static final Style H4 = Style.of(Fonts.BOLD, 10, null);
    private static final Style BODY = Style.of(Fonts.REGULAR, 9, null);
    private static final Style META = Style.of(Fonts.REGULAR, 9, GREY);
    private static final Style ALERT_LINE = Style.of(Fonts.BOLD, 9, ALERT);
    private static final Style SMALL = Style.of(Fonts.REGULAR, 7.5f, null);
    private static final Style SMALL_BOLD = Style.of(Fonts.BOLD, 7.5f, null);
    private static final Style SMALL_GREY = Style.of(Fonts.REGULAR, 7.5f, GREY);
    private static final Style FOOTER = Style.of(Fonts.REGULAR, 8, GREY);
    private static final Style CELL = Style.of(Fonts.REGULAR, 8, null);
    private static final Style CELL_BOLD = Style.of(Fonts.BOLD, 8, null);
    /** An undone change in the audit log: greyed, it no longer holds. */
    private static final Style CELL_UNDONE = Style.of(Fonts.REGULAR, 8, MUTED);
    /** The protection's colour under each account's heading. */
    private static final Map<Color, Style> STATUS_LINE = new HashMap<>();

    static {
        for (Color colour : List.of(ALERT, CAUTION, DONE, Color.BLACK)) {
            STATUS_LINE.put(colour, Style.of(Fonts.BOLD, 9, colour));
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
        // The bottom margin leaves room for the footer (the name and "Page 3 of 10").
        Document doc = new Document(PageSize.A4, MARGIN, MARGIN, 45, 50);
        PdfWriter writer;
        try {
            writer = PdfWriter.getInstance(doc, out);
        } catch (RuntimeException e) {
            throw new IOException("the PDF could not be started: " + e.getMessage(), e);
        }
        writer.setCloseStream(false);           // the caller syncs and closes the file
        writer.setPageEvent(new Footer(r));
        doc.addTitle(plain(r.cover().name() == null ? r.title() : r.cover().name() + " — " + r.title()));
        if (r.cover().author() != null) {
            doc.addAuthor(plain(r.cover().author()));
        }
        doc.addCreator("NoTrain");
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(r.language().code()));
        try {
            doc.open();
            new Layout(doc, writer, r).content();
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

    /**
     * Every page's footer: the organisation (or the title) on the left, "Page 3 of 10" on the right.
     * The total is not known before the end: each page gets a template that is filled in at close.
     */
    private static final class Footer extends PdfPageEventHelper {
        private static final float SIZE = 8;
        private final String left;
        private final ProgressReport report;
        private PdfTemplate total;

        Footer(ProgressReport report) {
            this.report = report;
            String name = report.cover().name() == null ? report.title() : report.cover().name();
            this.left = name.length() > 90 ? name.substring(0, 89) + "…" : name;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(SIZE * 4, SIZE * 1.5f);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte cb = writer.getDirectContent();
            float y = document.bottom() - 24;
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, FOOTER.phrase(left.replace('\n', ' ')),
                    document.left(), y, 0);
            String page = plain(report.text("report.page", writer.getPageNumber())) + " ";
            float width = Fonts.REGULAR.getWidthPoint(page, SIZE);
            float x = document.right() - SIZE * 2.5f - width;
            cb.beginText();
            cb.setFontAndSize(Fonts.REGULAR, SIZE);
            cb.setColorFill(GREY);
            cb.setTextMatrix(x, y);
            cb.showText(page);
            cb.endText();
            cb.addTemplate(total, x + width, y);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(Fonts.REGULAR, SIZE);
            total.setColorFill(GREY);
            total.setTextMatrix(0, 0);
            total.showText(String.valueOf(writer.getPageNumber() - 1));
            total.endText();
        }
    }

    /** One report's layout on the document: knows how much room is left on the page. */
    private static final class Layout {
        private final Document doc;
        private final PdfWriter writer;
        private final ProgressReport r;
        /** The steps' table widths, the same for every account: worked out once. */
        private final float[] stepWidths;
        private final float[] auditWidths;

        Layout(Document doc, PdfWriter writer, ProgressReport r) {
            this.doc = doc;
            this.writer = writer;
            this.r = r;
            // A date (the longest month) and a time stay on one line.
            String date = r.date(LONGEST_DAY);
            String time = r.dateTime(LONGEST_DAY.atTime(23, 59).atZone(r.cover().zone()).toInstant());
            this.stepWidths = columnWidths(r.stepColumns(), List.of("", "", date, date, "", ""), STEP_WEIGHTS,
                    doc.right() - doc.left());
            this.auditWidths = columnWidths(r.auditColumns(), List.of(time, "", ""), AUDIT_WEIGHTS,
                    doc.right() - doc.left());
        }

        void content() {
            cover();
            summary();
            organisation();
            actions();
            accounts();
            team();
            auditLog();
            facts();
            Paragraph notice = para(r.notice(), META, 16, 0);
            notice.setIndentationLeft(10);
            notice.setKeepTogether(true);
            doc.add(notice);
        }

        /**
         * Starts a new page unless {@code points} are left: a heading is never the last line of a
         * page, it goes with the first lines of what it heads.
         */
        private void keepRoom(float points) {
            if (writer.getVerticalPosition(false) - doc.bottom() < points) {
                doc.newPage();
            }
        }

        private void heading(String text, Style style, float before, float room) {
            keepRoom(room);
            doc.add(para(text, style, before, 3));
        }

        /** The cover, at the top of the first page: who, by whom, when, which period, which guides. */
        private void cover() {
            ProgressReport.Cover c = r.cover();
            if (c.name() != null) {
                doc.add(para(c.name(), COVER_NAME, 0, 2));
            }
            doc.add(para(r.title(), c.name() == null ? COVER_NAME : TITLE, 0, 8));
            PdfPTable facts = new PdfPTable(2);
            facts.setWidthPercentage(100);
            facts.setWidths(new float[] {22, 78});
            facts.setSpacingAfter(4);
            if (c.author() != null) {
                coverLine(facts, r.text("report.cover.authorLabel"), c.author());
            }
            coverLine(facts, r.text("report.cover.exportedLabel"),
                    r.text("report.cover.exported", r.dateTime(c.exportedAt()), r.zoneText()));
            coverLine(facts, r.text("report.cover.periodLabel"), r.period());
            coverLine(facts, r.text("report.cover.asOfLabel"), r.date(r.asOf()));
            coverLine(facts, r.text("report.cover.guidesLabel"), r.guidesText());
            coverLine(facts, r.text("report.cover.profileLabel"),
                    r.text("report.profile", r.profile().regionText(), r.profile().useText()));
            doc.add(facts);
            if (c.guidesOld()) {
                doc.add(para(r.text("report.cover.guidesOld"), ALERT_LINE, 0, 4));
            }
        }

        private void coverLine(PdfPTable facts, String label, String value) {
            facts.addCell(plainCell(label, META));
            facts.addCell(plainCell(value, BODY));
        }

        /** The first page: the organisation's protection, then each person's. */
        private void summary() {
            Summary s = r.summary();
            heading(r.text("report.summary"), H2, 10, 90);
            doc.add(para(r.headline(), H4, 0, 3));
            PdfPTable table = table(3);
            table.setWidths(new float[] {30, 52, 18});
            table.setHeaderRows(1);
            for (String heading : List.of(r.text("report.column.person"), r.text("report.column.protection"),
                    r.text("report.summary.stepsDone"))) {
                table.addCell(cell(heading, CELL_BOLD, HEADER));
            }
            for (OwnerSection owner : r.owners()) {
                table.addCell(cell(owner.name(), CELL, null));
                table.addCell(cell(owner.protection().headline(), CELL, null));
                table.addCell(cell(r.text("report.steps", owner.stepsDone(), owner.stepsApplicable()), CELL, null));
            }
            for (ProgressReport.TeamSection member : r.team()) {
                OwnerSection theirs = member.section();
                table.addCell(cell(member.person(), CELL, null));
                table.addCell(cell(theirs.protection().headline(), CELL, null));
                table.addCell(cell(r.text("report.steps", theirs.stepsDone(), theirs.stepsApplicable()), CELL, null));
            }
            if (r.severalOwners()) {
                table.addCell(cell(r.totalName(), CELL_BOLD, HEADER));
                table.addCell(cell(s.protection().headline(), CELL_BOLD, HEADER));
                table.addCell(cell(r.text("report.steps", s.stepsDone(), s.stepsApplicable()), CELL_BOLD, HEADER));
            }
            if (r.company() != null) {
                table.addCell(cell(r.text("report.company"), CELL_BOLD, HEADER));
                table.addCell(cell(r.company().headline(), CELL_BOLD, HEADER));
                table.addCell(cell("", CELL_BOLD, HEADER));
            }
            doc.add(table);
            doc.add(para(r.text("report.summary.counts", s.accounts(), s.openActions(), s.refusals()), META, 0, 0));
        }

        /** A business's organisation checklist: its count, then one row per measure, headers repeated. */
        private void organisation() {
            if (r.organisation() == null) {
                return;
            }
            heading(r.text("report.organisation"), H2, 12, 90);
            doc.add(para(r.organisation().summary(), H4, 0, 3));
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

        /** Colleagues' reports as they reported them, after the user's own accounts (docs/team.md). */
        private void team() {
            if (r.team().isEmpty()) {
                return;
            }
            heading(r.text("report.team"), H2, 12, 120);
            doc.add(para(r.text("report.cover.term", r.text("report.company"), r.company().headline()), H4, 0, 4));
            for (ProgressReport.TeamSection member : r.team()) {
                heading(member.person(), H3, 8, 110);
                doc.add(para(member.reportedText() + ProgressReport.SEPARATOR
                        + member.section().protection().headline(), META, 0, 2));
                if (member.staleText() != null) {
                    doc.add(para(member.staleText(), ALERT_LINE, 0, 2));
                }
                for (AccountSection a : member.section().accounts()) {
                    account(a);
                }
            }
        }

        private void actions() {
            heading(r.text("report.actions"), H2, 12, 60);
            if (r.actions().isEmpty()) {
                doc.add(para(r.text("report.noActions"), BODY, 0, 0));
            }
            for (ActionLine a : r.actions()) {
                Paragraph line = para(a.rank() + ". " + r.text("report.actionLine", a.why(), a.accountNames(),
                        a.stepTitle()), BODY, 0, 1);
                line.setIndentationLeft(12);
                line.setFirstLineIndent(-12);
                doc.add(line);
            }
        }

        private void accounts() {
            heading(r.text("report.accounts"), H2, 12, 120);
            if (r.owners().isEmpty()) {
                doc.add(para(r.text("report.noAccounts"), BODY, 0, 0));
            }
            for (OwnerSection owner : r.owners()) {
                heading(owner.name(), H3, 8, 110);
                if (r.severalOwners()) {
                    doc.add(para(owner.protection().headline(), META, 0, 2));
                }
                for (AccountSection a : owner.accounts()) {
                    account(a);
                }
            }
        }

        private void account(AccountSection a) {
            heading(a.platformName() + ProgressReport.SEPARATOR + a.label(), H4, 6, 80);
            Paragraph status = new Paragraph();
            status.add(STATUS_LINE.get(colour(a)).phrase(a.protectionDetail()));
            StringBuilder more = new StringBuilder();
            if (a.next() != null) {
                more.append(ProgressReport.SEPARATOR).append(r.text("report.protection.next", a.next().title()));
            }
            if (a.group() != null) {
                more.append(ProgressReport.SEPARATOR).append(r.text("report.group", a.group()));
            }
            more.append(ProgressReport.SEPARATOR).append(r.text("report.summary.progress", a.done(), a.applicable()));
            status.add(META.phrase(more.toString()));
            status.setSpacingAfter(2);
            doc.add(status);
            if (a.steps().isEmpty()) {
                return;
            }
            PdfPTable table = table(stepWidths);
            for (String heading : r.stepColumns()) {
                table.addCell(cell(heading, CELL_BOLD, HEADER));
            }
            for (StepLine s : a.steps()) {
                for (String text : List.of(s.title(), s.situationText(), r.date(s.changed()), r.date(s.due()),
                        orEmpty(s.note()), r.evidenceText(s))) {
                    table.addCell(cell(text, CELL, null));
                }
            }
            doc.add(table);
        }

        /** Appendix A: every change, with its time, undone ones marked; apart from the accounts' steps. */
        private void auditLog() {
            heading(r.text("report.audit"), H2, 14, 100);
            doc.add(para(r.text("report.audit.intro", r.zoneText()), META, 0, 3));
            if (r.auditLog().isEmpty()) {
                doc.add(para(r.text("report.noHistory"), BODY, 0, 0));
                return;
            }
            PdfPTable table = table(auditWidths);
            // A long log goes onto the page in slices, so that the whole table is never held at once.
            table.setComplete(false);
            for (String heading : r.auditColumns()) {
                table.addCell(cell(heading, CELL_BOLD, HEADER));
            }
            int rows = 0;
            for (AuditLine line : r.auditLog()) {
                Style style = line.reversal() != null ? CELL_UNDONE : CELL;
                table.addCell(cell(r.dateTime(line.at()), style, null));
                table.addCell(cell(line.text(), style, null));
                table.addCell(cell(r.reversalText(line), line.reversal() != null ? CELL_BOLD : CELL, null));
                if (++rows % 200 == 0) {
                    doc.add(table);
                }
            }
            table.setComplete(true);
            doc.add(table);
        }

        /** Appendix B: the key dates of each platform, then every source once, with the platforms citing it. */
        private void facts() {
            heading(r.text("report.facts"), H2, 14, 100);
            for (ProgressReport.DatesGroup group : r.dateGroups()) {
                heading(group.names(), H4, 6, 50);
                for (DateLine d : group.dates()) {
                    Paragraph line = new Paragraph();
                    line.setLeading(SMALL.font().getSize() * LEADING);
                    line.add(SMALL_BOLD.phrase(d.dateText()));
                    String label = " — " + d.label() + (d.uncertain() ? " " + r.text("report.uncertain") : "");
                    line.add(SMALL.phrase(label + " (" + d.outlook() + ")"));
                    line.setIndentationLeft(10);
                    line.setFirstLineIndent(-10);
                    line.setSpacingAfter(1);
                    doc.add(line);
                }
            }
            if (r.citedSources().isEmpty()) {
                return;
            }
            heading(r.text("platform.sources"), H4, 8, 50);
            for (ProgressReport.CitedSource cited : r.citedSources()) {
                SourceLine src = cited.source();
                StringBuilder text = new StringBuilder("• ").append(r.citation(src));
                if (src.url() != null) {
                    text.append(' ').append(src.url());        // printed, not linked: a PDF is for keeping
                }
                Paragraph line = para(text.toString(), SMALL, 0, 1);
                line.add(SMALL_GREY.phrase(" — " + String.join(", ", cited.platforms())));
                line.setIndentationLeft(10);
                line.setFirstLineIndent(-8);
                doc.add(line);
            }
        }
    }

    /**
     * Column widths in points, in the proportions of {@code weights} but never narrower than the
     * longest word of the column's heading: a heading wraps between words, never inside one
     * ("Evidenc e"), in every language.
     */
    static float[] columnWidths(List<String> headings, List<String> samples, float[] weights, float total) {
        int n = headings.size();
        float[] least = new float[n];
        for (int i = 0; i < n; i++) {
            for (String word : plain(headings.get(i)).split("[\\s\u00A0]+")) {
                least[i] = Math.max(least[i], width(word, CELL_BOLD));
            }
            least[i] = Math.max(least[i], width(samples.get(i), CELL));
            least[i] += 2 * CELL_PADDING + 2;       // the padding, and a margin for rounding
        }
        float[] widths = new float[n];
        boolean[] held = new boolean[n];
        boolean changed = true;
        while (changed) {
            changed = false;
            float free = total;
            float weight = 0;
            for (int i = 0; i < n; i++) {
                if (held[i]) {
                    free -= least[i];
                } else {
                    weight += weights[i];
                }
            }
            for (int i = 0; i < n; i++) {
                widths[i] = held[i] ? least[i] : free * weights[i] / weight;
                if (!held[i] && widths[i] < least[i]) {
                    held[i] = true;
                    changed = true;
                }
            }
        }
        return widths;
    }

    private static float width(String text, Style style) {
        return style.font().getBaseFont().getWidthPoint(plain(text), style.font().getSize());
    }

    /** The protection's colour: red when exposed or refused, amber while it is not settled. */
    private static Color colour(AccountSection a) {
        return switch (a.protection()) {
            case EXPOSED, REFUSED_BY_PLATFORM -> ALERT;
            case NOT_YET, PENDING, RECHECK_DUE, NO_REFUSAL -> CAUTION;
            case PROTECTED -> DONE;
            case NOT_CONCERNED, UNKNOWN -> Color.BLACK;
        };
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = table(widths.length);
        table.setTotalWidth(widths);
        table.setLockedWidth(true);
        table.setHeaderRows(1);
        return table;
    }

    private static PdfPTable table(int columns) {
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setSpacingBefore(2);
        table.setSpacingAfter(6);
        // A row moves whole to the next page; only a row taller than a page (a 10,000-character note)
        // is split over pages, instead of dropped.
        table.setSplitLate(true);
        table.setSplitRows(true);
        return table;
    }

    /** A cell of the cover's table: no border, no background. */
    private static PdfPCell plainCell(String text, Style style) {
        PdfPCell c = new PdfPCell(style.phrase(text));
        c.setBorder(PdfPCell.NO_BORDER);
        c.setPadding(1.5f);
        return c;
    }

    private static PdfPCell cell(String text, Style style, Color background) {
        // An empty cell gets no phrase at all: OpenPDF lays a phrase out twice (its height, then the
        // page) with a line buffer of a few kilobytes each time, even when there is nothing in it.
        PdfPCell c = text.isEmpty() ? new PdfPCell() : new PdfPCell(style.phrase(text));
        c.setLeading(0, LEADING);
        c.setPadding(CELL_PADDING);
        c.setBorderColor(Color.LIGHT_GRAY);
        if (background != null) {
            c.setBackgroundColor(background);
        }
        return c;
    }

    private static Paragraph para(String text, Style style, float before, float after) {
        Paragraph p = new Paragraph(style.phrase(text));
        p.setLeading(style.font().getSize() * LEADING);
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
