package app.notrain.store;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A test main class running in its own JVM: a real second process for locks and crashes. Tests
 * wait on its output lines, never on time.
 */
final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final BufferedReader output;

    private ChildJvm(Process process) {
        this.process = process;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8));
    }

    static ChildJvm start(Class<?> mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", // faster start
                "-cp", System.getProperty("java.class.path"),
                mainClass.getName()));
        command.addAll(List.of(args));
        return new ChildJvm(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start());
    }

    /** Reads output until {@code expected} (or a line starting with it) comes; fails on exit first. */
    String awaitLine(String expected) throws IOException {
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.startsWith(expected)) {
                return line;
            }
        }
        throw new AssertionError("child exited (code " + exitCode() + ") before printing: " + expected);
    }

    /** Signals a child waiting on its input to finish. */
    void closeInput() throws IOException {
        process.getOutputStream().close();
    }

    int exitCode() {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for the child", e);
        }
    }

    /** Like {@code kill -9}: no shutdown hooks, no finally blocks, no flushing. */
    void kill() {
        process.destroyForcibly();
        exitCode();
    }

    @Override
    public void close() throws IOException {
        if (process.isAlive()) {
            kill();
        }
        output.close();
        process.getOutputStream().close();
    }
}
