package app.notrain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code notrain step ACCOUNT STEP --attach FILE}: a file kept as evidence, or a refusal in words. */
class StepAttachCommandTest {
    private static final String STEP = "turn-off-ai-training";

    @TempDir
    Path folder;

    private CliRun cli;
    private Path store;

    @BeforeEach
    void setUp() {
        cli = new CliRun(folder);
        store = folder.resolve("progress.json");
        cli.add(store, "--platform", "linkedin", "--label", "me");
    }

    private JsonObject record() throws Exception {
        JsonObject doc = JsonParser.parseString(Files.readString(store)).getAsJsonObject();
        return doc.getAsJsonObject("steps").getAsJsonObject("linkedin-1").getAsJsonObject(STEP);
    }

    @Test
    void attachesACopyWithItsHashAndCanSetTheStatusAtOnce() throws Exception {
        Path shot = Files.writeString(folder.resolve("setting.png"), "pixels");

        CliRun.Result result = cli.run("--store", store.toString(), "step", "linkedin-1", STEP,
                "--status", "done", "--attach", shot.toString());

        assertThat(result.code()).isEqualTo(Cli.OK);
        JsonObject file = record().getAsJsonArray("evidenceFiles").get(0).getAsJsonObject();
        String sha256 = file.get("sha256").getAsString();
        assertThat(result.lines()).containsExactly(
                "linkedin-1: “" + StepCommandTest.title("linkedin", STEP) + "” → Done",
                "linkedin-1: “" + StepCommandTest.title("linkedin", STEP) + "” ← setting.png (SHA-256 " + sha256 + ")");
        assertThat(record().get("status").getAsString()).isEqualTo("DONE");
        assertThat(folder.resolve("progress.evidence").resolve(file.get("storedName").getAsString()))
                .hasContent("pixels");
    }

    @Test
    void aFileOverTheLimitIsRefusedAndNothingIsRecorded() throws Exception {
        Path big = folder.resolve("film.mp4");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024 + 1);
        }
        String before = Files.readString(store);

        CliRun.Result result = cli.run("--store", store.toString(), "step", "linkedin-1", STEP,
                "--status", "done", "--attach", big.toString());

        assertThat(result.code()).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(result.err()).contains("Not attached", "film.mp4", "larger than 50 MB", "Nothing was changed");
        assertThat(Files.readString(store)).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotThereIsABadArgument() {
        CliRun.Result result = cli.run("--store", store.toString(), "step", "linkedin-1", STEP,
                "--attach", folder.resolve("nowhere.eml").toString());

        assertThat(result.code()).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(result.err()).contains("there is no file", "nowhere.eml", "Check the path");
    }

    @Test
    void aNoteWithoutAStatusIsABadArgument() {
        CliRun.Result result = cli.run("--store", store.toString(), "step", "linkedin-1", STEP,
                "--note", "sent", "--attach", "x.png");

        assertThat(result.code()).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(result.err()).contains("--note, --evidence and --until go with a status");
    }
}
