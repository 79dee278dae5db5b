package app.notrain.store;

import static app.notrain.store.StoreFiles.json;
import static app.notrain.store.StoreFiles.namesIn;
import static app.notrain.store.StoreFiles.storeAt;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StoreFileDamageTest {

    private static final int TEN_MB = 10 * 1024 * 1024;

    @TempDir
    Path dir;

    static Stream<Arguments> damagedFiles() {
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        return Stream.of(
                Arguments.of("truncated", utf8("{\n  \"schemaVersion\": 1,\n  \"note\": \"unfinish"),
                        "line 3, column 20: unterminated string"),
                Arguments.of("cut after a value", utf8("{\"schemaVersion\": 1, \"accounts\": [{}"),
                        "the file ends too early"),
                Arguments.of("random bytes", random, "is not UTF-8 text"),
                Arguments.of("binary but valid UTF-8", new byte[] {0, 1, 2, 3}, "line 1, column 1: not valid JSON"),
                Arguments.of("empty", new byte[0], "the file is empty"),
                Arguments.of("only whitespace", utf8(" \n\t\n"), "the file is empty"),
                Arguments.of("array", utf8("[{\"schemaVersion\": 1}]"), "the file holds a JSON array, not a JSON object"),
                Arguments.of("bare number", utf8("1"), "the file holds a number"),
                Arguments.of("null", utf8("null"), "the file holds null"),
                Arguments.of("no version", utf8("{\"accounts\": []}"), "it has no \"schemaVersion\" field"),
                Arguments.of("version as text", utf8("{\"schemaVersion\": \"1\"}"), "\"schemaVersion\" is text"),
                Arguments.of("fractional version", utf8("{\"schemaVersion\": 1.5}"), "not a whole number"),
                Arguments.of("exponent version", utf8("{\"schemaVersion\": 1e0}"), "not a whole number"),
                Arguments.of("version out of int range", utf8("{\"schemaVersion\": 4294967297}"), "not a whole number"),
                Arguments.of("version null", utf8("{\"schemaVersion\": null}"), "\"schemaVersion\" is null"),
                Arguments.of("version object", utf8("{\"schemaVersion\": {}}"), "\"schemaVersion\" is a JSON object"),
                Arguments.of("version zero", utf8("{\"schemaVersion\": 0}"), "format version 0 is not one"),
                Arguments.of("lenient-only syntax", utf8("{schemaVersion: 1}"), "line 1, column 3: not valid JSON"),
                Arguments.of("trailing garbage", utf8("{\"schemaVersion\": 1} trailing"), "line 1"),
                Arguments.of("deep nesting", utf8("{\"schemaVersion\": 1, \"a\": " + "[".repeat(100_000)),
                        "the file ends too early"),
                Arguments.of("huge unterminated string", hugeString("{\"schemaVersion\": 1, \"note\": \""),
                        "unterminated string"),
                Arguments.of("huge version string",
                        hugeString("{\"schemaVersion\": \"", "\"}"), "\"schemaVersion\" is text"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damagedFiles")
    void damagedFileIsReportedInPlainWordsAndLeftByteIdentical(String name, byte[] content, String expectedProblem)
            throws Exception {
        Path file = Files.write(dir.resolve("progress.json"), content);

        StoreDamagedException damaged = catchThrowableOfType(StoreDamagedException.class,
                () -> storeAt(file, 1).read());

        assertThat(damaged).isNotNull();
        assertThat(damaged.file()).isEqualTo(file);
        assertThat(damaged.problem()).contains(expectedProblem);
        assertThat(damaged.getMessage()).contains(file.toString(), expectedProblem).hasSizeLessThan(400);
        assertThat(Files.readAllBytes(file)).isEqualTo(content);
        assertThat(namesIn(dir)).containsExactly("progress.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damagedFiles")
    void damagedFileIsNeverOverwritten(String name, byte[] content, String expectedProblem) throws Exception {
        Path file = Files.write(dir.resolve("progress.json"), content);
        StoreFile store = storeAt(file, 1);
        assertThatThrownBy(store::read).isInstanceOf(StoreDamagedException.class);

        assertThatThrownBy(() -> store.write(json("{\"fresh\": true}")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toString());

        assertThat(Files.readAllBytes(file)).isEqualTo(content);
        assertThat(namesIn(dir)).containsExactly("progress.json");
    }

    @Test
    void wellFormedStoreWithAHugeValueIsReadable() throws Exception {
        Path file = dir.resolve("progress.json");
        StoreFile store = storeAt(file, 1);
        store.write(json("{\"note\": \"" + "x".repeat(TEN_MB) + "\"}"));

        assertThat(store.read().get("note").getAsString()).hasSize(TEN_MB);
    }

    @Test
    void newerFileIsRefusedWithBothVersionsAndLeftByteIdentical() throws Exception {
        byte[] content = utf8("{\"schemaVersion\": 7, \"somethingNew\": [1, 2, 3]}");
        Path file = Files.write(dir.resolve("progress.json"), content);

        StoreTooNewException tooNew = catchThrowableOfType(StoreTooNewException.class, () -> storeAt(file, 2).read());

        assertThat(tooNew).isNotNull();
        assertThat(tooNew.file()).isEqualTo(file);
        assertThat(tooNew.foundVersion()).isEqualTo(7);
        assertThat(tooNew.supportedVersion()).isEqualTo(2);
        assertThat(tooNew.getMessage()).contains(file.toString(), "version 7", "version 2", "Update NoTrain");
        assertThat(Files.readAllBytes(file)).isEqualTo(content);
        assertThat(namesIn(dir)).containsExactly("progress.json");
    }

    @Test
    void newerFileIsNeverOverwritten() throws Exception {
        byte[] content = utf8("{\"schemaVersion\": 3}");
        Path file = Files.write(dir.resolve("progress.json"), content);
        StoreFile store = storeAt(file, 2);
        assertThatThrownBy(store::read).isInstanceOf(StoreTooNewException.class);

        assertThatThrownBy(() -> store.write(json("{}"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> storeAt(file, 2).write(json("{}"))).isInstanceOf(StoreTooNewException.class);
        assertThatThrownBy(store::quarantineDamaged).isInstanceOf(IllegalStateException.class);

        assertThat(Files.readAllBytes(file)).isEqualTo(content);
        assertThat(namesIn(dir)).containsExactly("progress.json");
    }

    @Test
    void fileFixedByHandCanBeReadAgainAndSaved() throws Exception {
        Path file = Files.write(dir.resolve("progress.json"), utf8("{\"schemaVersion\": 1,"));
        StoreFile store = storeAt(file, 1);
        assertThatThrownBy(store::read).isInstanceOf(StoreDamagedException.class);
        Files.write(file, utf8("{\"schemaVersion\": 1}"));

        store.read();
        store.write(json("{\"fixed\": true}"));

        assertThat(storeAt(file, 1).read().get("fixed").getAsBoolean()).isTrue();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(UTF_8);
    }

    private static byte[] hugeString(String prefix) {
        return hugeString(prefix, "");
    }

    private static byte[] hugeString(String prefix, String suffix) {
        return utf8(prefix + "a".repeat(TEN_MB) + suffix);
    }
}
