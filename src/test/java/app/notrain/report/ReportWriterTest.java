package app.notrain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.notrain.i18n.Language;
import app.notrain.i18n.Messages;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {
    @TempDir
    Path dir;

    private final ProgressReport report = ProgressReport.of(ReportFixture.book(), ReportFixture.AS_OF,
            ReportFixture.ZONE, Messages.of(Language.EN), null);

    @Test
    void aSuccessfulWriteLeavesTheFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("report.csv");

        ReportWriter.write(report, new CsvReport(), target);

        assertThat(files(dir)).containsExactly(target);
        byte[] bytes = Files.readAllBytes(target);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        StringWriter expected = new StringWriter();
        new CsvReport().write(report, expected);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    }

    @Test
    void writingAgainReplacesTheOldReport() throws IOException {
        Path target = dir.resolve("report.md");
        Files.writeString(target, "an older, longer report ".repeat(2_000));

        ReportWriter.write(report, new MarkdownReport(), target);

        assertThat(Files.readString(target)).startsWith("# ACME SARL — NoTrain progress report").doesNotContain("older");
        assertThat(files(dir)).containsExactly(target);
    }

    @Test
    void aMissingFolderFailsWithAnIoExceptionNamingTheFileAndLeavesNothingBehind() {
        Path target = dir.resolve("missing").resolve("report.html");

        assertThatThrownBy(() -> ReportWriter.write(report, new HtmlReport(), target))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(target.toString())
                .satisfies(e -> assertThat(((ReportWriteException) e).target()).isEqualTo(target));
        assertThat(dir.resolve("missing")).doesNotExist();
        assertThat(files(dir)).isEmpty();
    }

    @Test
    void aFormatThatFailsHalfwayLeavesTheOldFileUntouchedAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("report.json");
        Files.writeString(target, "{\"previous\": true}");
        ReportFormat failing = new ReportFormat() {
            @Override
            public String extension() {
                return "json";
            }

            @Override
            public void write(ProgressReport r, Writer out) throws IOException {
                out.write("{\"half\": ");
                out.flush();
                throw new IOException("disk full");
            }
        };

        assertThatThrownBy(() -> ReportWriter.write(report, failing, target))
                .isInstanceOf(ReportWriteException.class)
                .hasMessageContaining(target.toString()).hasMessageContaining("disk full");
        assertThat(Files.readString(target)).isEqualTo("{\"previous\": true}");
        assertThat(files(dir)).containsExactly(target);
    }

    @Test
    void aTargetThatIsAFolderFailsAndLeavesNoTemporaryFile() throws IOException {
        Path target = Files.createDirectory(dir.resolve("report.html"));
        Files.writeString(target.resolve("keep.txt"), "x");

        assertThatThrownBy(() -> ReportWriter.write(report, new HtmlReport(), target))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(target.toString());
        assertThat(files(dir)).containsExactly(target);
    }

    @Test
    void aWriteKilledHalfwayLeavesItsTemporaryFileWhichTheNextWriteRemoves() throws Exception {
        Path target = dir.resolve("report.md");
        Files.writeString(target, "the previous report");
        Process writer = startHangingWrite(target);
        try {
            Path temp = awaitTemporaryFile(writer, target);

            // While its writer lives, another write of the same report leaves its file alone.
            ReportWriter.write(report, new MarkdownReport(), target);
            assertThat(temp).exists();
            assertThat(Files.readString(target)).startsWith("# ACME SARL — NoTrain progress report");

            writer.destroyForcibly().waitFor();
            assertThat(temp).exists();
            assertThat(Files.readString(temp)).isEqualTo("# half a report");

            ReportWriter.write(report, new MarkdownReport(), target);
            assertThat(files(dir)).containsExactly(target);
        } finally {
            writer.destroyForcibly().waitFor();
        }
    }

    @Test
    void aWriteInProgressInThisProcessKeepsItsTemporaryFileWhileTheSameReportIsWrittenAgain() throws Exception {
        Path target = dir.resolve("report.csv");
        CountDownLatch halfway = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        ReportFormat slow = new ReportFormat() {
            @Override
            public String extension() {
                return "csv";
            }

            @Override
            public void write(ProgressReport r, Writer out) throws IOException {
                out.write("slow,report\r\n");
                out.flush();
                halfway.countDown();
                try {
                    finish.await();
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
            }
        };
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<?> first = other.submit(() -> {
                ReportWriter.write(report, slow, target);
                return null;
            });
            assertThat(halfway.await(30, TimeUnit.SECONDS)).isTrue();

            ReportWriter.write(report, new CsvReport(), target);
            finish.countDown();
            first.get(30, TimeUnit.SECONDS);

            assertThat(Files.readString(target)).isEqualTo("slow,report\r\n");
            assertThat(files(dir)).containsExactly(target);
        } finally {
            finish.countDown();
            other.shutdownNow();
        }
    }

    @Test
    void onlyTemporaryFilesOfThisReportAreRemovedNotOtherFilesThatLookAlike() throws IOException {
        Path target = dir.resolve("report.html");
        Path abandoned = Files.writeString(dir.resolve(".report.html.4711.tmp"), "half");
        List<Path> kept = List.of(
                Files.writeString(dir.resolve(".report.html.notes.tmp"), "mine"),
                Files.writeString(dir.resolve(".other.html.4711.tmp"), "another report's"),
                Files.writeString(dir.resolve("report.html.4711.tmp"), "not hidden"),
                Files.createDirectory(dir.resolve(".report.html.42.tmp")));

        ReportWriter.write(report, new HtmlReport(), target);

        assertThat(abandoned).doesNotExist();
        assertThat(files(dir)).containsExactlyInAnyOrderElementsOf(
                java.util.stream.Stream.concat(kept.stream(), java.util.stream.Stream.of(target)).toList());
    }

    @Test
    void aPdfOnAFullDiskFailsWithTheDisksOwnIoExceptionNotAnUncheckedOne() {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.isWritable(full), "needs Linux's /dev/full, where every write fails as on a full disk");

        assertThatThrownBy(() -> {
            try (java.io.FileOutputStream out = new java.io.FileOutputStream(full.toFile())) {
                new PdfReport().write(report, out);
            }
        }).isInstanceOf(IOException.class).hasMessageContaining("No space left on device");
    }

    private static Process startHangingWrite(Path target) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HangingReportWrite.class.getName(), target.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    /** The hidden temporary file of the write, once it says it has written half of it. */
    private Path awaitTemporaryFile(Process writer, Path target) throws IOException {
        BufferedReader said = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                StandardCharsets.UTF_8));
        assertThat(said.readLine()).isEqualTo("writing");
        List<Path> temps = files(dir).stream()
                .filter(p -> p.getFileName().toString().startsWith("." + target.getFileName() + "."))
                .toList();
        assertThat(temps).hasSize(1);
        return temps.get(0);
    }

    private static java.util.List<Path> files(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
