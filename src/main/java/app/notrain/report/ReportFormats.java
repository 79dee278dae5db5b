package app.notrain.report;

import java.util.function.Supplier;

/** The report formats NoTrain writes, by the name the command line and the export page use. */
public enum ReportFormats {
    HTML(HtmlReport::new),
    PDF(PdfReport::new),
    MD(MarkdownReport::new),
    CSV(CsvReport::new),
    JSON(JsonReport::new),
    ICS(IcsReport::new);

    private final Supplier<ReportFormat> format;

    ReportFormats(Supplier<ReportFormat> format) {
        this.format = format;
    }

    public ReportFormat create() {
        return format.get();
    }
}
