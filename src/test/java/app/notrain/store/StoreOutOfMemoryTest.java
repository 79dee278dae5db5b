package app.notrain.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A valid store too big for the heap is reported as a lack of memory, never as damage (no "not valid
 * JSON", no older backup offered), and the file is left as it was. Run in a child JVM with a small heap.
 */
class StoreOutOfMemoryTest {
    @TempDir
    Path dir;

    @Test
    void aValidFileTooBigForTheHeapIsNotCalledDamaged() throws Exception {
        Path file = dir.resolve("progress.json");
        try (BufferedWriter out = Files.newBufferedWriter(file, UTF_8)) {
            out.write("{\"schemaVersion\":1,\"profile\":{\"region\":\"UK\",\"adult\":true,\"use\":\"PERSONAL\"},"
                    + "\"accounts\":[],\"steps\":{},\"history\":[],\"notesFromANewerNoTrain\":\"");
            char[] chunk = "0123456789abcdef".repeat(4096).toCharArray();
            for (int i = 0; i < 40 * 1024 * 1024 / chunk.length; i++) {
                out.write(chunk);
            }
            out.write("\"}");
        }
        String digest = sha256(file);
        FileTime modified = Files.getLastModifiedTime(file);

        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), LoadProbe.class.getName(), file.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), UTF_8);
        assertThat(child.waitFor()).as(output).isZero();

        assertThat(output).startsWith("StoreTooLargeException: There is not enough memory to read the NoTrain store")
                .contains("-Xmx").doesNotContain("Damaged", "not valid JSON", "backup");
        assertThat(sha256(file)).isEqualTo(digest);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
