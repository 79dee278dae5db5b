package app.notrain.report;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Saves a letter as a text file or as a one-column A4 PDF (the report's embedded fonts, so every
 * accent and symbol prints), written to a temporary file beside the target and moved into place:
 * a failed save never leaves half a letter where the user looks for it.
 */
public final class LetterFiles {
    private LetterFiles() {
    }

    /** The letter as plain text: nothing in it can act on a terminal ({@link PlainText#lines}). */
    public static void saveText(String text, Path target) throws IOException {
        write(PlainText.lines(text).getBytes(StandardCharsets.UTF_8), target);
    }

    /** The subject in bold, then the body, paragraph by paragraph as the text has them. */
    public static void savePdf(String subject, String body, String languageCode, Path target) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 60, 60, 60, 60);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, bytes);
            doc.addTitle(PdfReport.plain(subject));
            doc.addCreator("NoTrain");
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(languageCode));
            doc.open();
            Paragraph title = new Paragraph(PdfReport.Style.of(PdfReport.Fonts.BOLD, 12, null).phrase(subject));
            title.setSpacingAfter(12);
            doc.add(title);
            PdfReport.Style body10 = PdfReport.Style.of(PdfReport.Fonts.REGULAR, 10, null);
            for (String paragraph : body.split("\\n\\s*\\n")) {
                Paragraph p = new Paragraph(body10.phrase(paragraph));
                p.setLeading(14);
                p.setSpacingAfter(8);
                doc.add(p);
            }
            doc.close();
        } catch (RuntimeException e) {   // OpenPDF reports everything unchecked (DocumentException included)
            throw new IOException("the PDF could not be written: " + e.getMessage(), e);
        }
        write(bytes.toByteArray(), target);
    }

    private static void write(byte[] bytes, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), ".letter-", ".tmp");
        try {
            Files.write(temp, bytes);
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
