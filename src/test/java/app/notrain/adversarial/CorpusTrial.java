package app.notrain.adversarial;

import static java.nio.charset.StandardCharsets.UTF_8;

import app.notrain.catalog.Catalog;
import app.notrain.catalog.CatalogReader;
import app.notrain.cli.Cli;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.ProgressData;
import app.notrain.store.ProgressStore;
import app.notrain.store.StoreDamagedException;
import app.notrain.store.StoreTooNewException;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One corpus file put through the real store and the real command line. The store must either
 * refuse it (a damaged or newer file) in words, leaving it byte-identical with no backup made, or
 * accept it and lose nothing: a save keeps every part of it, and loading the save gives the same
 * progress. The command line must agree: exit 3 for a refused file, 0 for an accepted one.
 */
final class CorpusTrial {
    /** Outcomes counted in docs/RELIABILITY.md. */
    enum Outcome { REFUSED_DAMAGED, REFUSED_NEWER, ACCEPTED_AS_WRITTEN, ACCEPTED_REWRITTEN }

    /** Gson's words, a Java class or a stack trace: what a user must never be shown. */
    static final Pattern JARGON = Pattern.compile("BEGIN_ARRAY|END_ARRAY|BEGIN_OBJECT|END_OBJECT|END_DOCUMENT"
            + "|\\$\\.|path \\$|Exception|Error\\b|java\\.|javax\\.|com\\.google|[Gg]son|\\n\\s*at [a-z]|Troubleshooting"
            + "|setStrictness|setLenient");
    static final String TODAY = "2025-09-01";
    private static final Catalog CATALOG = CatalogReader.builtIn();
    private static final StringWriter OUT = new StringWriter();
    private static final StringWriter ERR = new StringWriter();
    /**
     * One command line for the whole corpus, as its construction (picocli's reflection over every
     * command) would be most of the time; picocli resets every option before each run, and every
     * run names the store. The corpus runs on one thread.
     */
    private static final Cli CLI = new Cli(new PrintWriter(OUT), new PrintWriter(ERR), EveryPartBook.CLOCK,
            Map.of("NOTRAIN_STORE", "/nonexistent/never-used.json"));

    record Result(Outcome outcome, List<String> problems) {
    }

    private final Path folder;
    private final List<String> problems = new ArrayList<>();

    private CorpusTrial(Path folder) {
        this.folder = folder;
    }

    /** Tries {@code entry} in {@code folder} (empty; a folder of its own keeps backups apart). */
    static Result run(StoreCorpus.Entry entry, Path folder) throws IOException {
        return new CorpusTrial(folder).run(entry.bytes());
    }

    private Result run(byte[] bytes) throws IOException {
        Path file = folder.resolve("progress.json");
        Files.write(file, bytes);
        Outcome outcome;
        try {
            outcome = throughTheStore(file, bytes);
        } catch (Exception | StackOverflowError e) {
            problems.add("the store threw " + e.getClass().getName() + ": " + e.getMessage() + " at "
                    + Arrays.stream(e.getStackTrace()).limit(4).toList());
            return new Result(null, problems);
        }
        if (outcome == Outcome.REFUSED_DAMAGED || outcome == Outcome.REFUSED_NEWER) {
            untouched(file, bytes, "the store refused it");
        }
        Files.write(file, bytes);
        deleteBackups(file);
        throughTheCommandLine(file, bytes, outcome);
        return new Result(outcome, problems);
    }

    private Outcome throughTheStore(Path file, byte[] bytes) throws Exception {
        ProgressData loaded;
        try (ProgressStore store = ProgressStore.open(file, EveryPartBook.CLOCK)) {
            try {
                loaded = store.load();
            } catch (StoreDamagedException | StoreTooNewException refused) {
                words("the store's message", refused.getMessage(), file);
                return refused instanceof StoreTooNewException ? Outcome.REFUSED_NEWER : Outcome.REFUSED_DAMAGED;
            }
            // As the window does at start: through a book, whose snapshot is saved.
            store.save(new ProgressBook(CATALOG, loaded, EveryPartBook.CLOCK).snapshot());
        }
        byte[] saved = Files.readAllBytes(file);
        try (ProgressStore again = ProgressStore.open(file, EveryPartBook.CLOCK)) {
            if (!again.load().equals(loaded)) {
                problems.add("loading the saved file does not give what was loaded");
            }
        }
        lostFrom(bytes, saved, "a load and save");
        return Arrays.equals(bytes, saved) ? Outcome.ACCEPTED_AS_WRITTEN : Outcome.ACCEPTED_REWRITTEN;
    }

    private void throughTheCommandLine(Path file, byte[] bytes, Outcome outcome) throws IOException {
        Run status = cli(file, "status", "--today", TODAY);
        boolean refused = outcome == Outcome.REFUSED_DAMAGED || outcome == Outcome.REFUSED_NEWER;
        if (status.code != (refused ? Cli.STORE_UNREADABLE : Cli.OK)) {
            problems.add("status exited " + status.code + " for a file the store " + (refused ? "refused" : "accepted")
                    + ": " + clip(status.err));
        }
        if (refused) {
            words("status's message", status.err, file);
            if (!status.err.contains("left untouched") && !status.err.contains("Update NoTrain")) {
                problems.add("status does not say the file was left as it was: " + clip(status.err));
            }
        }
        untouched(file, bytes, "status");
        if (refused || bytes.length > 1_000_000) {
            return;
        }
        Run add = cli(file, "account", "add", "--platform", "x", "--label", "added after the corpus");
        if (add.code != Cli.OK) {
            problems.add("account add exited " + add.code + ": " + clip(add.err));
            return;
        }
        lostFrom(bytes, Files.readAllBytes(file), "account add");
    }

    private record Run(int code, String out, String err) {
    }

    private Run cli(Path file, String... command) {
        OUT.getBuffer().setLength(0);
        ERR.getBuffer().setLength(0);
        List<String> args = new ArrayList<>(List.of("--lang", "en", "--store", file.toString()));
        args.addAll(List.of(command));
        int code = CLI.execute(args.toArray(String[]::new));
        String out = OUT.toString();
        if (JARGON.matcher(out).find()) {
            problems.add(command[0] + " printed jargon: " + clip(out));
        }
        return new Run(code, out, ERR.toString());
    }

    private void words(String where, String message, Path file) {
        if (message == null || message.isBlank()) {
            problems.add(where + " is empty");
            return;
        }
        if (JARGON.matcher(message).find()) {
            problems.add(where + " has jargon: " + clip(message));
        }
        if (!message.contains(file.getFileName().toString())) {
            problems.add(where + " does not name the file: " + clip(message));
        }
    }

    private void untouched(Path file, byte[] bytes, String after) throws IOException {
        if (!Arrays.equals(Files.readAllBytes(file), bytes)) {
            problems.add("the file changed after " + after);
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<String> others = files.map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals("progress.json") && !name.equals("progress.json.lock")).toList();
            if (!others.isEmpty()) {
                problems.add("after " + after + " the folder also holds " + others);
            }
        }
    }

    private static void deleteBackups(Path file) throws IOException {
        try (Stream<Path> files = Files.list(file.getParent())) {
            for (Path other : files.filter(p -> p.getFileName().toString().startsWith("progress.json.")).toList()) {
                Files.delete(other);
            }
        }
    }

    private void lostFrom(byte[] original, byte[] saved, String after) {
        JsonObject before = tree(original);
        JsonObject now = tree(saved);
        if (before == null || now == null) {
            problems.add("after " + after + " the file is not a JSON object any more");
            return;
        }
        String loss = NothingLost.firstLoss(before, now);
        if (loss != null) {
            problems.add(after + " lost something: " + loss);
        }
    }

    private static JsonObject tree(byte[] bytes) {
        String text = new String(bytes, UTF_8);
        JsonElement element = JsonParser.parseString(text.startsWith("\uFEFF") ? text.substring(1) : text);
        return element.isJsonObject() ? element.getAsJsonObject() : null;
    }

    static String clip(String text) {
        String line = text.replace("\n", "⏎");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
