package app.notrain.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.CatalogReader;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.ProgressData;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Half a surrogate pair, which UTF-8 cannot hold, is written as its escape; whole pairs as they are. */
class SurrogateEscapingWriterTest {
    @TempDir
    Path dir;

    private static String written(String... pieces) throws IOException {
        StringWriter text = new StringWriter();
        try (SurrogateEscapingWriter out = new SurrogateEscapingWriter(text)) {
            for (String piece : pieces) {
                out.write(piece);
            }
        }
        return text.toString();
    }

    @Test
    void wholePairsPassAndHalvesAreEscapedWhereverTheWritesSplitThem() throws IOException {
        assertThat(written("a👍b")).isEqualTo("a👍b");
        assertThat(written("a\uD83D", "\uDC4Db")).isEqualTo("a👍b");
        assertThat(written("a\uD800b")).isEqualTo("a\\uD800b");
        assertThat(written("a\uDC00b")).isEqualTo("a\\uDC00b");
        assertThat(written("\uDC00\uD800")).isEqualTo("\\uDC00\\uD800");
        assertThat(written("end\uD800")).isEqualTo("end\\uD800");
        assertThat(written("a\uD800", "b")).isEqualTo("a\\uD800b");
        assertThat(written("a\uD800", "\uD83D\uDC4D")).isEqualTo("a\\uD800👍");
    }

    @Test
    void aLabelWithHalfAPairIsSavedAsReadAndLoadsTheSame() throws Exception {
        Path file = dir.resolve("progress.json");
        ProgressBook book = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY, StoreFiles.CLOCK);
        book.addAccount("x", "half \uD83D of an emoji", null, "\uDC4D");
        try (ProgressStore store = ProgressStore.open(file, StoreFiles.CLOCK)) {
            store.save(book.snapshot());
        }

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("half \\uD83D of an emoji", "\\uDC4D")
                .doesNotContain("?");
        try (ProgressStore store = ProgressStore.open(file, StoreFiles.CLOCK)) {
            assertThat(store.load()).isEqualTo(book.snapshot());
        }
    }
}
