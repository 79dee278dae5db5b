package app.notrain.report;

import app.notrain.i18n.Language;
import app.notrain.i18n.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A report write that stops halfway and waits to be killed: run in its own process by
 * {@link ReportWriterTest}, which kills it as a power cut or {@code kill -9} would.
 * Prints "writing" once half a report is in its temporary file.
 */
final class HangingReportWrite {
    private HangingReportWrite() {
    }

    public static void main(String[] args) throws IOException {
        ProgressReport report = ProgressReport.of(ReportFixture.book(), ReportFixture.AS_OF, ReportFixture.ZONE,
                Messages.of(Language.EN), null);
        ReportWriter.write(report, new ReportFormat() {
            @Override
            public String extension() {
                return "md";
            }

            @Override
            public void write(ProgressReport r, Writer out) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void write(ProgressReport r, OutputStream out) throws IOException {
                out.write("# half a report".getBytes(StandardCharsets.UTF_8));
                out.flush();
                System.out.println("writing");
                System.out.flush();
                try {
                    new java.util.concurrent.CountDownLatch(1).await();   // stuck until the test kills it
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, Path.of(args[0]));
    }
}
