package app.notrain.adversarial;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.Main;
import app.notrain.catalog.CatalogReader;
import app.notrain.cli.Cli;
import app.notrain.progress.Account;
import app.notrain.progress.ProgressBook;
import app.notrain.store.ChildJvm;
import app.notrain.store.ProgressStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two command-line writers in two JVMs add an account to one store at the same moment, round after
 * round: each either saves (exit 0, its account id printed) or is told clearly that the store is in
 * use (exit 4), and the store ends with exactly the accounts whose command said it saved them.
 * {@code -Dnotrain.race.rounds=N} sets the rounds (the crash profile runs more).
 */
class TwoWritersRaceTest {
    private static final int ROUNDS = Integer.getInteger("notrain.race.rounds", 50);
    private static final String IN_USE = "Another NoTrain (a window or a command) is using";

    @TempDir
    Path dir;

    @Test
    void warmWritersRacingRoundAfterRoundLoseNothing() throws Exception {
        Path store = dir.resolve("progress.json");
        List<String> saved = new ArrayList<>();
        int refusals = 0;
        try (ChildJvm a = ChildJvm.start(CliRacer.class, store.toString());
             ChildJvm b = ChildJvm.start(CliRacer.class, store.toString())) {
            a.awaitLine("ready");
            b.awaitLine("ready");
            for (int round = 0; round < ROUNDS; round++) {
                String labelA = "round " + round + " a";
                String labelB = "round " + round + " b";
                a.send(labelA);
                b.send(labelB);
                refusals += outcome(a.awaitLine("exit "), labelA, store, saved);
                refusals += outcome(b.awaitLine("exit "), labelB, store, saved);
            }
            a.closeInput();
            b.closeInput();
        }
        System.out.printf("Two warm writers, %d rounds: %d saves, %d refused with exit 4%n", ROUNDS, saved.size(),
                refusals);

        assertThat(labelsIn(store)).containsExactlyInAnyOrderElementsOf(saved);
        assertThat(saved.size() + refusals).isEqualTo(2 * ROUNDS);
        assertThat(saved.size()).isGreaterThanOrEqualTo(ROUNDS); // one of each pair always wins
        assertLeftClean(store);
    }

    /** Fresh JVMs, as two scripts started together would be: {@code notrain account add} processes. */
    @Test
    void freshProcessesStartedTogetherLoseNothing() throws Exception {
        Path store = dir.resolve("progress.json");
        List<String> saved = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            List<CompletableFuture<ChildJvm.Finished>> pair = new ArrayList<>();
            for (String side : List.of("a", "b")) {
                String label = "round " + round + " " + side;
                pair.add(CompletableFuture.supplyAsync(() -> addInAProcess(store, label)));
            }
            for (int i = 0; i < 2; i++) {
                ChildJvm.Finished finished = pair.get(i).join();
                String label = "round " + round + " " + (i == 0 ? "a" : "b");
                assertThat(finished.code()).as(finished.err()).isIn(Cli.OK, Cli.STORE_LOCKED);
                if (finished.code() == Cli.OK) {
                    saved.add(label);
                } else {
                    assertThat(finished.err()).contains(IN_USE, store.toString(), "Close it, then try again.");
                }
            }
        }

        assertThat(labelsIn(store)).containsExactlyInAnyOrderElementsOf(saved);
        assertThat(saved.size()).isGreaterThanOrEqualTo(3);
        assertLeftClean(store);
    }

    private ChildJvm.Finished addInAProcess(Path store, String label) {
        try {
            return ChildJvm.run(dir, Main.class, "--lang", "en", "--store", store.toString(), "account", "add",
                    "--platform", "x", "--label", label);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** 1 when the writer was refused; its label noted when it saved. */
    private static int outcome(String line, String label, Path store, List<String> saved) {
        if (line.startsWith("exit " + Cli.OK + " ")) {
            assertThat(line).as(label).matches("exit 0 x-\\d+ ⏎ ");
            saved.add(label);
            return 0;
        }
        assertThat(line).as(label).startsWith("exit " + Cli.STORE_LOCKED + " ")
                .contains(IN_USE, store.toString(), "Close it, then try again.");
        return 1;
    }

    private static List<String> labelsIn(Path store) throws Exception {
        try (ProgressStore file = ProgressStore.open(store, EveryPartBook.CLOCK)) {
            return new ProgressBook(CatalogReader.builtIn(), file.load(), EveryPartBook.CLOCK).accounts().stream()
                    .map(Account::label).toList();
        }
    }

    /** No temporary file left, and the lock free for the next one. */
    private void assertLeftClean(Path store) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
        ProgressStore.open(store, EveryPartBook.CLOCK).close();
    }
}
