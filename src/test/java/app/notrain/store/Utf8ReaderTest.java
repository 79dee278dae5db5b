package app.notrain.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The store's text decoded as it is read: the same characters, whatever the reader's buffer size. */
class Utf8ReaderTest {
    private static final String TEXT = "{\"label\": \"Zoë ☃ 𝄞 😀 عربي\"}".repeat(50);

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7, 1024})
    void givesBackTheSameTextWhateverTheBufferSize(int bufferSize) throws IOException {
        assertThat(readAll(new Utf8Reader(TEXT.getBytes(UTF_8), 0), bufferSize)).isEqualTo(TEXT);
    }

    @Test
    void startsAfterTheGivenOffset() throws IOException {
        byte[] withMark = ("\uFEFF" + TEXT).getBytes(UTF_8);
        assertThat(readAll(new Utf8Reader(withMark, 3), 5)).isEqualTo(TEXT);
    }

    @Test
    void saysWhichByteIsNotUtf8() {
        byte[] bytes = "{\"a\": \"ok\"}".getBytes(UTF_8);
        bytes[7] = (byte) 0xff;
        assertThatThrownBy(() -> readAll(new Utf8Reader(bytes, 0), 4))
                .isInstanceOf(Utf8Reader.NotUtf8Exception.class).hasMessage("byte 8 is not UTF-8 text");
    }

    @Test
    void aTruncatedCharacterAtTheEndIsNotUtf8() {
        byte[] whole = "ab😀".getBytes(UTF_8);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 1);
        assertThatThrownBy(() -> readAll(new Utf8Reader(cut, 0), 16))
                .isInstanceOf(Utf8Reader.NotUtf8Exception.class).hasMessage("byte 3 is not UTF-8 text");
    }

    private static String readAll(Utf8Reader reader, int bufferSize) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[bufferSize];
        for (int n = reader.read(buffer, 0, bufferSize); n != -1; n = reader.read(buffer, 0, bufferSize)) {
            text.append(buffer, 0, n);
        }
        return text.toString();
    }
}
