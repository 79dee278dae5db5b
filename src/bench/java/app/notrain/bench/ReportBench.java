package app.notrain.bench;

import app.notrain.catalog.Catalog;
import app.notrain.catalog.CatalogReader;
import app.notrain.i18n.Language;
import app.notrain.i18n.Messages;
import app.notrain.progress.DemoProgress;
import app.notrain.progress.ProgressBook;
import app.notrain.report.CsvReport;
import app.notrain.report.HtmlReport;
import app.notrain.report.JsonReport;
import app.notrain.report.PdfReport;
import app.notrain.report.ProgressReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The report formats on a demo store ({@link DemoProgress}: accounts of 20 per owner, every step
 * status, notes, evidence and a history), as {@code notrain report} writes them: the report is built
 * from the book, then laid out into a sink that keeps nothing (the disk is not measured here).
 * {@link #model} is the shared part every format pays; the other benchmarks include it, as the
 * command line does.
 *
 * <p>Run: {@code mvn -B -o -Pbench test-compile exec:exec -Dbench.args="ReportBench -f 1 -wi 1 -i 3"}.
 * Single shot: one call is one whole report, which is what a user waits for.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class ReportBench {
    private static final Instant NOW = Instant.parse("2025-09-01T09:00:00Z");
    private static final LocalDate AS_OF = LocalDate.of(2025, 9, 1);

    @Param({"1000", "10000"})
    public int accounts;

    private ProgressBook book;
    private Messages messages;

    @Setup(Level.Trial)
    public void generate() {
        Catalog catalog = CatalogReader.builtIn();
        book = new ProgressBook(catalog, DemoProgress.generate(catalog, accounts, Math.max(1, accounts / 20), 1, NOW),
                Clock.fixed(NOW, ZoneOffset.UTC));
        messages = Messages.of(Language.EN);
    }

    private ProgressReport report() {
        return ProgressReport.of(book, AS_OF, ZoneOffset.UTC, messages, null);
    }

    @Benchmark
    public ProgressReport model() {
        return report();
    }

    @Benchmark
    public void html() throws IOException {
        new HtmlReport().write(report(), Writer.nullWriter());
    }

    @Benchmark
    public void csv() throws IOException {
        new CsvReport().write(report(), Writer.nullWriter());
    }

    @Benchmark
    public void json() throws IOException {
        new JsonReport().write(report(), Writer.nullWriter());
    }

    @Benchmark
    public void pdf() throws IOException {
        new PdfReport().write(report(), OutputStream.nullOutputStream());
    }
}
