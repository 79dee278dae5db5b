package app.notrain.report;

import java.io.IOException;
import java.io.Writer;

/**
 * One way to lay out a {@link ProgressReport}. Formats write characters; {@link ReportWriter} encodes
 * them as UTF-8 and puts the file in place atomically.
 */
public interface ReportFormat {

    /** The file name extension, without the dot: "md", "csv", "json", "html". */
    String extension();

    void write(ProgressReport report, Writer out) throws IOException;
}
