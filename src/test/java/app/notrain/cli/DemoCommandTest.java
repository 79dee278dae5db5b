package app.notrain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code notrain demo} writes a store the other commands read, and never replaces a file. */
class DemoCommandTest {
    @TempDir
    Path folder;

    private final CliRun cli = new CliRun(CliRun.MAY_22_2025, java.util.Map.of());

    @Test
    void aDemoOf300AccountsAnd40OwnersIsReadByStatus() {
        Path store = folder.resolve("demo.json");

        CliRun.Result made = cli.run("demo", "--accounts", "300", "--owners", "40", "--out", store.toString());
        CliRun.Result status = cli.run("--store", store.toString(), "status", "--json");

        assertThat(made.code()).isEqualTo(Cli.OK);
        assertThat(made.out()).startsWith("300 accounts of 40 owners written to ");
        assertThat(status.code()).isEqualTo(Cli.OK);
        JsonObject summary = JsonParser.parseString(status.out()).getAsJsonObject().getAsJsonObject("summary");
        assertThat(summary.get("accounts").getAsInt()).isEqualTo(300);
        assertThat(summary.get("protected").getAsInt()).isPositive().isLessThan(300);
    }

    @Test
    void anExistingFileIsNeverReplaced() throws Exception {
        Path store = folder.resolve("mine.json");
        Files.writeString(store, "my own progress");

        CliRun.Result result = cli.run("demo", "--out", store.toString());

        assertThat(result.code()).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(result.err()).contains("already exists: choose a new file name");
        assertThat(Files.readString(store)).isEqualTo("my own progress");
    }

    @Test
    void impossibleSizesNameWhatIsWrong() {
        CliRun.Result result = cli.run("demo", "--accounts", "3", "--owners", "5", "--out",
                folder.resolve("x.json").toString());

        assertThat(result.code()).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(result.err()).contains("Cannot make 3 accounts for 5 owners");
        assertThat(folder.resolve("x.json")).doesNotExist();
    }
}
