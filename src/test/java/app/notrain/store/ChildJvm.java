package app.notrain.store;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A test main class running in its own JVM: a real second process for locks, crashes and races.
 * Tests wait on its output lines, never on time.
 */
public final class ChildJvm implements AutoCloseable {

    /** A child that ran to its end: its exit code and everything it printed. */
    public record Finished(int code, String out, String err) {
    }

    private final Process process;
    private final BufferedReader output;

    private ChildJvm(Process process) {
        this.process = process;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8));
    }

    public static ChildJvm start(Class<?> mainClass, String... args) throws IOException {
        return new ChildJvm(new ProcessBuilder(command(mainClass, args)).redirectError(ProcessBuilder.Redirect.INHERIT)
                .start());
    }

    /**
     * Runs {@code mainClass} to its end, its output kept in files beside {@code folder} (no pipe to
     * fill up); the test's own timeout stops a child that never ends.
     */
    public static Finished run(Path folder, Class<?> mainClass, String... args) throws IOException {
        Path out = Files.createTempFile(folder, "child", ".out");
        Path err = Files.createTempFile(folder, "child", ".err");
        Process process = new ProcessBuilder(command(mainClass, args)).redirectOutput(out.toFile())
                .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        process.getOutputStream().close();
        try {
            int code = process.waitFor();
            return new Finished(code, Files.readString(out, UTF_8), Files.readString(err, UTF_8));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for the child", e);
        } finally {
            Files.delete(out);
            Files.delete(err);
        }
    }

    private static List<String> command(Class<?> mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", // faster start
                "-cp", System.getProperty("java.class.path"),
                mainClass.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /** Reads output until {@code expected} (or a line starting with it) comes; fails on exit first. */
    public String awaitLine(String expected) throws IOException {
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.startsWith(expected)) {
                return line;
            }
        }
        throw new AssertionError("child exited (code " + exitCode() + ") before printing: " + expected);
    }

    /** Sends the child one line on its input. */
    public void send(String line) throws IOException {
        process.getOutputStream().write((line + "\n").getBytes(UTF_8));
        process.getOutputStream().flush();
    }

    /** Signals a child waiting on its input to finish. */
    public void closeInput() throws IOException {
        process.getOutputStream().close();
    }

    public int exitCode() {
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
