package app.notrain.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Paths that are not an ordinary file, links and read-only stores, through the command line. */
@Timeout(60) // reading a pipe by mistake would hang: fail instead
class CliDiskTroubleTest {
    @TempDir
    Path folder;

    private CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(folder);
    }

    @Test
    void aDeviceIsExitThreeWithAClearMessage() {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "a /dev/zero device");

        CliRun.Result result = cli.run("--store", "/dev/zero", "status");

        assertThat(result.code()).isEqualTo(Cli.STORE_UNREADABLE);
        assertThat(result.err()).contains("/dev/zero is not an ordinary file", "Nothing was read or changed.")
                .doesNotContain("Exception");
    }

    @Test
    void aPipeIsExitThreeAndNeverRead() throws Exception {
        Path fifo = folder.resolve("progress.json");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo available");

        CliRun.Result result = cli.run("--store", fifo.toString(), "account", "add", "--platform", "x", "--label", "me");

        assertThat(result.code()).isEqualTo(Cli.STORE_UNREADABLE);
        assertThat(result.err()).contains(fifo + " is not an ordinary file");
        assertThat(Files.isRegularFile(fifo)).isFalse();
    }

    @Test
    void aFolderIsExitThreeSuggestingAFileInIt() throws Exception {
        Path store = Files.createDirectory(folder.resolve("progress.json"));

        CliRun.Result result = cli.run("--store", store.toString(), "status");

        assertThat(result.code()).isEqualTo(Cli.STORE_UNREADABLE);
        assertThat(result.err()).contains(store + " is a folder", store + "/progress.json");
    }

    @Test
    void aFileOnTheWayIsNamed() throws Exception {
        Path file = Files.writeString(folder.resolve("notes.txt"), "mine");

        CliRun.Result result = cli.run("--store", file.resolve("progress.json").toString(), "account", "add",
                "--platform", "x", "--label", "me");

        assertThat(result.code()).isEqualTo(Cli.STORE_UNREADABLE);
        assertThat(result.err()).contains(file + " is a file, not a folder").doesNotContain("FileAlreadyExists");
        assertThat(Files.readString(file)).isEqualTo("mine");
    }

    @Test
    void theFrenchMessageNamesThePathToo() throws Exception {
        Path store = Files.createDirectory(folder.resolve("progress.json"));

        CliRun.Result result = cli.run("--lang", "fr", "--store", store.toString(), "status");

        assertThat(result.err()).contains(store + " est un dossier", "Rien n’a été lu ni modifié.");
    }

    @Test
    void aLinkedStoreKeepsItsLinkAndChangesItsTarget() throws Exception {
        Path target = Files.createDirectory(folder.resolve("synced")).resolve("progress.json");
        Path link = Files.createSymbolicLink(folder.resolve("progress.json"), target);

        cli.add(link, "--platform", "x", "--label", "one");
        cli.add(link, "--platform", "x", "--label", "two");

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).contains("one", "two");
        assertThat(cli.run("--store", link.toString(), "account", "list").out()).contains("one", "two");
    }

    @ParameterizedTest
    @ValueSource(strings = {"status", "account list", "report --format md --out OUT"})
    void readOnlyCommandsWorkOnAReadOnlyFolderAndSaySo(String command) throws Exception {
        Path storeFolder = Files.createDirectory(folder.resolve("ro"));
        Path store = storeFolder.resolve("progress.json");
        cli.add(store, "--platform", "x", "--label", "kept");
        Files.delete(store.resolveSibling("progress.json.lock"));
        byte[] before = Files.readAllBytes(store);
        readOnly(storeFolder);
        try {
            CliRun.Result result = run(store, command);

            assertThat(result.code()).as(result.err()).isEqualTo(Cli.OK);
            assertThat(result.err()).contains(store + " is read-only", "cannot be changed");
            assertThat(Files.readAllBytes(store)).isEqualTo(before);
        } finally {
            writable(storeFolder);
        }
    }

    @Test
    void aChangeToAReadOnlyFileFailsClearlyAndChangesNothing() throws Exception {
        Path store = folder.resolve("progress.json");
        cli.add(store, "--platform", "x", "--label", "kept");
        byte[] before = Files.readAllBytes(store);
        assumeTrue(store.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Files.setPosixFilePermissions(store, PosixFilePermissions.fromString("r--r--r--"));

        CliRun.Result result = run(store, "account add --platform x --label lost");

        assertThat(result.code()).isEqualTo(Cli.STORE_UNREADABLE);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("Cannot change the NoTrain store " + store, "read-only",
                "Nothing was changed.");
        assertThat(Files.readAllBytes(store)).isEqualTo(before);
        assertThat(store.resolveSibling("progress.json.2")).doesNotExist();
    }

    private CliRun.Result run(Path store, String command) {
        String[] words = command.replace("OUT", folder.resolve("report.md").toString()).split(" ");
        String[] all = new String[words.length + 2];
        System.arraycopy(words, 0, all, 0, words.length);
        all[words.length] = "--store";
        all[words.length + 1] = store.toString();
        return cli.run(all);
    }

    private static void readOnly(Path path) throws Exception {
        assumeTrue(path.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("r-x------"));
    }

    private static void writable(Path path) throws Exception {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwx------"));
    }
}
