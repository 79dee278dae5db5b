package app.notrain.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the command line in-process, one fresh {@link Cli} per command as one process per command
 * would be. The environment points NOTRAIN_STORE into the test's folder, so a command that forgets
 * {@code --store} can never reach the real user's store.
 */
final class CliRun {
    static final Clock MAY_22_2025 = Clock.fixed(Instant.parse("2025-05-22T10:00:00Z"), ZoneOffset.UTC);

    record Result(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private final Clock clock;
    private final Map<String, String> environment;

    CliRun(Path folder) {
        this(MAY_22_2025, Map.of("NOTRAIN_STORE", folder.resolve("from-environment.json").toString()));
    }

    CliRun(Clock clock, Map<String, String> environment) {
        this.clock = clock;
        this.environment = environment;
    }

    /** Runs {@code args} in English (unless they choose a language). */
    Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (!all.contains("--lang")) {
            all.add(0, "--lang");
            all.add(1, "en");
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Cli(new PrintWriter(out), new PrintWriter(err), clock, environment)
                .execute(all.toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
    }

    /** Adds an account and returns its id. */
    String add(Path store, String... options) {
        List<String> args = new ArrayList<>(List.of("--store", store.toString(), "account", "add"));
        args.addAll(List.of(options));
        Result result = run(args.toArray(String[]::new));
        if (result.code() != Cli.OK) {
            throw new AssertionError("account add failed: " + result);
        }
        return result.out().strip();
    }
}
