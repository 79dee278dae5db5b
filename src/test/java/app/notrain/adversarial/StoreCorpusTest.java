package app.notrain.adversarial;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.Main;
import app.notrain.cli.Cli;
import app.notrain.store.ChildJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The damaged-file corpus ({@link StoreCorpus}) through the real store and command line: every file
 * is refused in words and left as it was, or accepted with nothing lost after a save. The outcomes
 * are counted per family and printed (docs/RELIABILITY.md has the figures).
 * {@code -Dnotrain.corpus.scale=N} makes the sampled families N times bigger (the crash profile: 2).
 */
class StoreCorpusTest {
    private static final int SCALE = Integer.getInteger("notrain.corpus.scale", 1);
    private static final long SEED = 20_250_901L;
    /** Texts as people type them: accents, emoji, quotes, a line break. */
    private static final List<String> TEXTS = List.of("alice@example.org", "Alice Martin", "Zoë ☃ Ünïcode",
            "Family", "Sent from the help form", "ref 8841", "He said \"no\" \\ ok", "line one\nline two",
            "👩🏽‍💻 at work", "Forum des Lilas", "<b>bold</b> & co", "", "Company page");

    /** The families a real process tries, one file each: refused in several ways, newer, accepted. */
    private static final List<String> CHILD_FAMILIES = List.of("empty or trivial", "truncated", "duplicate key",
            "invalid UTF-8", "dates", "schemaVersion", "unknown fields", "byte order mark");

    private static List<StoreCorpus.Entry> corpus;

    @TempDir
    static Path shared;
    @TempDir
    Path dir;

    @BeforeAll
    static void generate() throws Exception {
        Path base = shared.resolve("base.json");
        EveryPartBook.save(TEXTS, base);
        corpus = StoreCorpus.generate(Files.readAllBytes(base), SEED, SCALE);
    }

    @Test
    void everyFileIsRefusedUntouchedOrAcceptedWithNothingLost() throws Exception {
        Map<String, Map<CorpusTrial.Outcome, Integer>> counts = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (int n = 0; n < corpus.size(); n++) {
            StoreCorpus.Entry entry = corpus.get(n);
            Path folder = Files.createDirectory(dir.resolve(String.valueOf(n)));
            CorpusTrial.Result result = CorpusTrial.run(entry, folder);
            if (result.outcome() != null) {
                counts.computeIfAbsent(entry.family(), f -> new EnumMap<>(CorpusTrial.Outcome.class))
                        .merge(result.outcome(), 1, Integer::sum);
            }
            result.problems().forEach(p -> failures.add(entry.family() + " | " + entry.what() + " | " + p));
        }
        System.out.println(table(counts));
        failures.stream().limit(200).forEach(System.out::println);

        assertThat(failures).as("%d of %d files went wrong", failures.size(), corpus.size()).isEmpty();
        assertThat(corpus).hasSizeGreaterThan(2_000 * Math.min(SCALE, 2));
        Map<CorpusTrial.Outcome, Integer> totals = totals(counts);
        assertThat(totals.get(CorpusTrial.Outcome.REFUSED_DAMAGED)).isGreaterThan(corpus.size() / 2);
        assertThat(totals.get(CorpusTrial.Outcome.ACCEPTED_REWRITTEN)).isPositive();
        assertThat(counts.get("unknown fields")).containsOnlyKeys(CorpusTrial.Outcome.ACCEPTED_REWRITTEN);
        assertThat(counts.get("duplicate key")).containsOnlyKeys(CorpusTrial.Outcome.REFUSED_DAMAGED);
    }

    /** The first file of some families as a real {@code notrain status} process: the same exit code, words, no trace. */
    @Test
    void aRealProcessGivesTheSameAnswerAsTheCommandInProcess() throws Exception {
        Map<String, StoreCorpus.Entry> chosen = new LinkedHashMap<>();
        for (StoreCorpus.Entry entry : corpus) {
            if (CHILD_FAMILIES.contains(entry.family())) {
                chosen.merge(entry.family(), entry, (first, later) -> first);
            }
        }
        int n = 0;
        for (StoreCorpus.Entry entry : chosen.values()) {
            Path folder = Files.createDirectory(dir.resolve("child-" + n++));
            Path file = folder.resolve("progress.json");
            Files.write(file, entry.bytes());
            ChildJvm.Finished child = ChildJvm.run(dir, Main.class, "--lang", "en", "--store", file.toString(),
                    "status", "--today", CorpusTrial.TODAY);
            Files.delete(file);
            CorpusTrial.Result inProcess = CorpusTrial.run(entry, folder);
            boolean refused = inProcess.outcome() == CorpusTrial.Outcome.REFUSED_DAMAGED
                    || inProcess.outcome() == CorpusTrial.Outcome.REFUSED_NEWER;

            assertThat(child.code()).as(entry.what()).isEqualTo(refused ? Cli.STORE_UNREADABLE : Cli.OK);
            assertThat(child.err()).as(entry.what()).doesNotContainPattern(CorpusTrial.JARGON);
            if (refused) {
                assertThat(child.err()).as(entry.what()).contains(file.toString());
            }
        }
        assertThat(n).isEqualTo(CHILD_FAMILIES.size());
    }

    private static Map<CorpusTrial.Outcome, Integer> totals(Map<String, Map<CorpusTrial.Outcome, Integer>> counts) {
        Map<CorpusTrial.Outcome, Integer> totals = new EnumMap<>(CorpusTrial.Outcome.class);
        for (CorpusTrial.Outcome outcome : CorpusTrial.Outcome.values()) {
            totals.put(outcome, 0);
        }
        counts.values().forEach(c -> c.forEach((outcome, count) -> totals.merge(outcome, count, Integer::sum)));
        return totals;
    }

    private static String table(Map<String, Map<CorpusTrial.Outcome, Integer>> counts) {
        StringBuilder text = new StringBuilder("Store corpus (seed " + SEED + ", scale " + SCALE + ")"
                + "\n| family | files | refused (damaged) | refused (newer) | accepted as written | accepted, rewritten |\n");
        Map<String, Map<CorpusTrial.Outcome, Integer>> rows = new LinkedHashMap<>(counts);
        rows.put("all", totals(counts));
        rows.forEach((family, byOutcome) -> {
            int files = byOutcome.values().stream().mapToInt(Integer::intValue).sum();
            text.append("| ").append(family).append(" | ").append(files);
            for (CorpusTrial.Outcome outcome : CorpusTrial.Outcome.values()) {
                text.append(" | ").append(byOutcome.getOrDefault(outcome, 0));
            }
            text.append(" |\n");
        });
        return text.toString();
    }
}
