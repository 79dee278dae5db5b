package app.notrain.bench;

import app.notrain.catalog.CatalogReader;
import app.notrain.progress.DemoProgress;
import app.notrain.progress.ProgressData;
import app.notrain.store.ProgressStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Loading and saving the progress file of a realistic store ({@link DemoProgress}: accounts over
 * platforms and owners, records of every status, a history with renames, removals and undos), through
 * the real {@link ProgressStore} on a real file: lock, read, parse, check, map; map, encode, write a
 * temporary file, fsync, rotate the backups, move. The targets at 10,000 accounts: load within
 * 300 ms, save within 150 ms, growing linearly to 100,000.
 *
 * <p>Run: {@code mvn -B -o -Pbench test-compile exec:exec -Dbench.args="StoreBench -f 1 -wi 2 -i 3"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StoreBench {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @Param({"100", "1000", "10000", "100000"})
    public int accounts;

    private Path dir;
    private ProgressStore store;
    private ProgressData data;

    @Setup(Level.Trial)
    public void createStore() throws Exception {
        int owners = Math.max(1, accounts / 20);
        data = DemoProgress.generate(CatalogReader.builtIn(), accounts, owners, 42, CLOCK.instant());
        dir = Files.createTempDirectory("notrain-storebench");
        store = ProgressStore.open(dir.resolve("progress.json"), CLOCK);
        store.save(data);
        System.out.printf("%n%,d accounts: %,d bytes on disk%n", accounts, Files.size(store.path()));
    }

    @TearDown(Level.Trial)
    public void deleteStore() throws IOException {
        store.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    @Benchmark
    public ProgressData load() throws Exception {
        return store.load();
    }

    @Benchmark
    public Path save() throws Exception {
        store.save(data);
        return store.path();
    }
}
