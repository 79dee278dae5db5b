package app.notrain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code notrain screenshots} refuses a size it cannot use before opening anything. */
class ScreenshotsCommandTest {
    @TempDir
    Path folder;

    private final CliRun cli = new CliRun(CliRun.MAY_22_2025, java.util.Map.of());

    @Test
    void aSizeThatIsNotWidthByHeightIsRefusedAndNothingIsWritten() {
        Path out = folder.resolve("shots");

        CliRun.Result result = cli.run("screenshots", "--out", out.toString(), "--size", "1024-700");

        assertThat(result.code()).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(result.err()).contains("“1024-700” is not WIDTHxHEIGHT, such as 1024x700");
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void anUnknownLanguageNamesTheChoices() {
        CliRun.Result result = cli.run("screenshots", "--languages", "en,de");

        assertThat(result.code()).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(result.err()).contains("de");
    }
}
