package app.notrain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.store.ProgressStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every store command does when the store cannot be used: exit 3 or 4, a clear message, the file untouched. */
class CliStoreProblemsTest {
    @TempDir
    Path folder;

    private CliRun cli;
    private Path store;

    @BeforeEach
    void setUp() {
        cli = new CliRun(folder);
        store = folder.resolve("progress.json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"status", "account list", "account add --platform x --label me",
            "account remove x-1", "step x-1 uncheck-training --status done"})
    void aDamagedStoreIsExitThreeAndLeftByteIdentical(String command) throws Exception {
        Files.writeString(store, "{\"schemaVersion\": 1, \"accounts\": [tru", StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(store);

        CliRun.Result result = run(command);

        assertThat(result.code()).isEqualTo(Cli.STORE_UNREADABLE);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("Cannot read the NoTrain store", store.toString(),
                "The file was left untouched.", "No good backup was found.");
        assertThat(Files.readAllBytes(store)).isEqualTo(before);
    }

    @Test
    void aDamagedStoreNamesTheNewestGoodBackup() throws Exception {
        cli.add(store, "--platform", "x", "--label", "one");
        cli.add(store, "--platform", "x", "--label", "two");
        Files.write(store, new byte[] {0, 1, 2, (byte) 0xff});
        byte[] before = Files.readAllBytes(store);

        CliRun.Result result = run("status");

        assertThat(result.code()).isEqualTo(Cli.STORE_UNREADABLE);
        assertThat(result.err()).contains("The newest good backup is " + folder.resolve("progress.json.1"),
                "open NoTrain to restore it");
        assertThat(Files.readAllBytes(store)).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"status", "account add --platform x --label me"})
    void aStoreFromANewerNoTrainIsExitThreeAndLeftByteIdentical(String command) throws Exception {
        Files.writeString(store, "{\"schemaVersion\": 99}", StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(store);

        CliRun.Result result = run(command);

        assertThat(result.code()).isEqualTo(Cli.STORE_UNREADABLE);
        assertThat(result.err()).contains(store.toString(), "format version 99",
                "reads up to version " + ProgressStore.SCHEMA_VERSION, "Update NoTrain");
        assertThat(Files.readAllBytes(store)).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"status", "account add --platform x --label me"})
    void aStoreHeldByAnotherNoTrainIsExitFour(String command) throws Exception {
        cli.add(store, "--platform", "x", "--label", "one");
        byte[] before = Files.readAllBytes(store);

        CliRun.Result result;
        try (ProgressStore window = ProgressStore.open(store, CliRun.MAY_22_2025)) {
            result = run(command);
        }

        assertThat(result.code()).isEqualTo(Cli.STORE_LOCKED);
        assertThat(result.err()).contains("Another NoTrain (a window or a command) is using", store.toString(),
                "Close it, then try again.");
        assertThat(Files.readAllBytes(store)).isEqualTo(before);
    }

    @Test
    void theLockIsReleasedAfterACommandEvenWhenItFailed() throws Exception {
        Files.writeString(store, "not json", StandardCharsets.UTF_8);
        run("status");

        try (ProgressStore afterwards = ProgressStore.open(store, CliRun.MAY_22_2025)) {
            assertThat(afterwards.path()).isEqualTo(store.toAbsolutePath());
        }
    }

    @Test
    void aStoreThatCannotBeReadAtAllIsExitThreeWithTheReason() throws Exception {
        Files.createDirectory(store);

        CliRun.Result result = run("status");

        assertThat(result.code()).isEqualTo(Cli.STORE_UNREADABLE);
        assertThat(result.err()).contains(store.toString());
    }

    @Test
    void theMessagesSpeakFrenchToo() throws Exception {
        Files.writeString(store, "{\"schemaVersion\": 99}", StandardCharsets.UTF_8);

        CliRun.Result result = cli.run("--lang", "fr", "--store", store.toString(), "status");

        assertThat(result.err()).contains("a été écrit par un NoTrain plus récent", "Mettez NoTrain à jour",
                "Le fichier n’a pas été modifié.");
    }

    private CliRun.Result run(String command) {
        String[] words = command.split(" ");
        String[] all = new String[words.length + 2];
        System.arraycopy(words, 0, all, 0, words.length);
        all[words.length] = "--store";
        all[words.length + 1] = store.toString();
        return cli.run(all);
    }
}
