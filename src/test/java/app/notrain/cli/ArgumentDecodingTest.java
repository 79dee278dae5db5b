package app.notrain.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.notrain.progress.Account;
import app.notrain.store.ProgressStore;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Non-ASCII arguments under a POSIX locale (LANG=C), in a real child JVM started by a shell with
 * the label's bytes written as octal escapes, so the test does not depend on its own locale.
 */
@Timeout(60)
class ArgumentDecodingTest {
    @TempDir
    Path dir;

    @Test
    void aUtf8LabelUnderLangCIsSavedAsTyped() throws Exception {
        Path store = dir.resolve("progress.json");

        Child child = runUnderLangC(store, "Zo\\303\\253 \\342\\230\\203"); // "Zoë ☃" in UTF-8

        assertThat(child.code()).as(child.err()).isZero();
        try (ProgressStore opened = ProgressStore.open(store, Clock.systemUTC())) {
            assertThat(opened.load().accounts()).extracting(Account::label).containsExactly("Zoë ☃");
        }
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedClearlyAndNothingIsSaved() throws Exception {
        Path store = dir.resolve("progress.json");

        Child child = runUnderLangC(store, "Zo\\353"); // "Zoë" in Latin-1

        assertThat(child.code()).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(child.err()).contains("Argument 10 contains characters that cannot be read", "LANG=C.UTF-8")
                .doesNotContain("Exception");
        assertThat(store).doesNotExist();
    }

    @Test
    void withoutTheRawCommandLineDamagedArgumentsAreRefused() {
        String[] damaged = {"--label", "Zo\uFFFD\uFFFD"};

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ArgumentDecoding.decode(damaged, "ANSI_X3.4-1968", () -> null))
                .isInstanceOfSatisfying(ArgumentDecoding.UndecodableArgumentException.class,
                        e -> assertThat(e.position()).isEqualTo(2));
    }

    @Test
    void plainArgumentsAndUtf8LocalesAreLeftAsTheyAre() throws Exception {
        String[] plain = {"status", "--store", "/tmp/x"};
        String[] typed = {"--label", "Zoë"};

        assertThat(ArgumentDecoding.decode(plain, "ANSI_X3.4-1968", () -> null)).isSameAs(plain);
        assertThat(ArgumentDecoding.decode(typed, "UTF-8", () -> null)).isSameAs(typed);
    }

    private record Child(int code, String err) {
    }

    private Child runUnderLangC(Path store, String labelOctal) throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/cmdline")), "Linux /proc");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String script = "exec \"$0\" -XX:TieredStopAtLevel=1 -cp \"$1\" app.notrain.Main --lang en --store \"$2\""
                + " account add --platform x --label \"$(printf '" + labelOctal + "')\"";
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", script, java,
                System.getProperty("java.class.path"), store.toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.put("LANG", "C");
        env.put("LC_ALL", "C");
        env.remove("NOTRAIN_STORE");
        Process process = builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        process.getErrorStream().transferTo(err);
        return new Child(process.waitFor(), err.toString(UTF_8));
    }
}
