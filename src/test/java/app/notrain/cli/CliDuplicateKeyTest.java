package app.notrain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key twice in one object ("accounts" with the real list, then an empty one) is damage: Gson would
 * keep the last, and the next {@code account add} would save only the new account.
 */
class CliDuplicateKeyTest {
    @TempDir
    Path folder;

    @Test
    void aDuplicateKeyIsExitThreeAndTheFileIsLeftByteIdentical() throws Exception {
        Path store = folder.resolve("progress.json");
        CliRun cli = new CliRun(folder);
        cli.add(store, "--platform", "x", "--label", "one");
        String saved = Files.readString(store, StandardCharsets.UTF_8).strip();
        String doubled = saved.substring(0, saved.length() - 1) + ",\"accounts\":[]}";
        Files.writeString(store, doubled, StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(store);

        CliRun.Result result = cli.run("account", "add", "--platform", "x", "--label", "two",
                "--store", store.toString());

        assertThat(result.code()).isEqualTo(Cli.STORE_UNREADABLE);
        assertThat(result.err()).contains("Cannot read the NoTrain store", "the field \"accounts\" appears twice");
        assertThat(Files.readAllBytes(store)).isEqualTo(before);
    }
}
