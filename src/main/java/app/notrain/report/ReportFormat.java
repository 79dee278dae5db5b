package app.notrain.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * One way to lay out a {@link ProgressReport}. Text formats write characters to a {@link Writer};
 * {@link ReportWriter} always calls {@link #write(ProgressReport, OutputStream)}, which by default
 * encodes those characters as UTF-8. A binary format (PDF) overrides the stream method instead.
 */
public interface ReportFormat {

    /** The file name extension, without the dot: "md", "csv", "json", "html", "pdf", "ics". */
    String extension();

    /**
     * Writes the report as text.
     *
     * @throws UnsupportedOperationException for a binary format, which only writes bytes
     */
    void write(ProgressReport report, Writer out) throws IOException;

    /**
     * Writes the report as bytes: by default the text of {@link #write(ProgressReport, Writer)} in UTF-8.
     * The stream is flushed, not closed: it belongs to the caller.
     */
    default void write(ProgressReport report, OutputStream out) throws IOException {
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        write(report, text);
        text.flush();
    }
}
