package app.notrain.progress;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.Catalog;
import app.notrain.catalog.CatalogReader;
import app.notrain.catalog.Region;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * The book's indexes (accounts by id and by Accounts Centre group, history by account, used ids,
 * undone actions) always say what a plain scan of its accounts and history would, whatever the
 * user does and undoes, and after a reload.
 */
class ProgressBookIndexPropertyTest {
    private static final Catalog CATALOG = CatalogReader.builtIn();
    private static final String[] PLATFORMS = {"facebook", "instagram", "threads", "linkedin", "x"};
    private static final String[] STEPS = {"check-accounts-center", "submit-objection", "turn-off-ai-training",
            "uncheck-training"};

    enum Kind { ADD, RENAME, REMOVE, STEP, UNDO }

    record Op(Kind kind, int platform, int account, String group, int step) {
    }

    @Property(tries = 80)
    void indexesAgreeWithAPlainScan(@ForAll("ops") @Size(max = 40) List<Op> ops) {
        MovingClock clock = new MovingClock(Instant.parse("2026-11-01T10:00:00Z"));
        ProgressBook book = new ProgressBook(CATALOG, ProgressData.EMPTY, clock);
        book.completeSetup(new Profile(Region.EU_EEA, true, UseKind.PERSONAL));
        for (Op op : ops) {
            clock.advance(Duration.ofMinutes(1));
            List<Account> accounts = book.accounts();
            Account target = accounts.isEmpty() ? null : accounts.get(op.account() % accounts.size());
            switch (op.kind()) {
                case ADD -> book.addAccount(PLATFORMS[op.platform()], "a" + op.account(), null, op.group());
                case RENAME -> {
                    if (target != null) {
                        book.renameAccount(target.id(), target.label() + "'");
                    }
                }
                case REMOVE -> {
                    if (target != null) {
                        book.removeAccount(target.id());
                    }
                }
                case STEP -> {
                    String step = STEPS[op.step()];
                    if (target != null && book.platform(target.platformId()).orElseThrow().step(step).isPresent()) {
                        book.setStep(target.id(), step, StepStatus.DONE, null, null, null);
                    }
                }
                case UNDO -> book.undo();
            }
            assertIndexesAgree(book);
        }
        assertIndexesAgree(new ProgressBook(CATALOG, book.snapshot(), clock));
    }

    private static void assertIndexesAgree(ProgressBook book) {
        List<Change> history = book.history();
        // The snapshot is shared until the next change: it must never be one change behind.
        ProgressData snapshot = book.snapshot();
        assertThat(snapshot.accounts()).isEqualTo(book.accounts());
        assertThat(snapshot.history()).isEqualTo(history);
        for (Account a : book.accounts()) {
            for (String step : STEPS) {
                assertThat(Optional.ofNullable(snapshot.steps().getOrDefault(a.id(), java.util.Map.of()).get(step)))
                        .isEqualTo(book.record(a.id(), step));
            }
        }
        for (Account a : book.accounts()) {
            assertThat(book.account(a.id())).contains(a);
            List<Change> mine = new ArrayList<>(history.stream().filter(c -> a.id().equals(c.accountId())).toList());
            Collections.reverse(mine);
            assertThat(book.history(a.id())).isEqualTo(mine);
        }
        // A removed account is gone from the index, and its id is never given again.
        history.stream().map(Change::accountId).filter(Objects::nonNull).distinct()
                .filter(id -> book.accounts().stream().noneMatch(a -> a.id().equals(id)))
                .forEach(id -> assertThat(book.account(id)).isEmpty());
        assertThat(book.accounts().stream().map(Account::id).distinct().count()).isEqualTo(book.accounts().size());
        // Sending a shared step for one account marks exactly the others of its group that have not done it.
        for (Account a : book.accounts()) {
            if (a.group() == null || !a.platformId().matches("facebook|instagram|threads")) {
                continue;
            }
            List<Account> expected = book.accounts().stream().filter(o -> !o.id().equals(a.id()))
                    .filter(o -> o.group() != null && o.group().strip().toLowerCase(Locale.ROOT)
                            .equals(a.group().strip().toLowerCase(Locale.ROOT)))
                    .filter(o -> o.platformId().matches("facebook|instagram|threads"))
                    .filter(o -> book.record(o.id(), "submit-objection").map(r -> r.status() != StepStatus.DONE)
                            .orElse(true))
                    .toList();
            ProgressBook copy = new ProgressBook(CATALOG, book.snapshot(), new MovingClock(Instant.EPOCH));
            assertThat(copy.setStep(a.id(), "submit-objection", StepStatus.WAITING, null, null, null))
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<Op> op = Combinators.combine(
                Arbitraries.of(Kind.class), Arbitraries.integers().between(0, PLATFORMS.length - 1),
                Arbitraries.integers().between(0, 50), Arbitraries.of(null, "Alice", "alice ", "Bob"),
                Arbitraries.integers().between(0, STEPS.length - 1)).as(Op::new);
        return op.list();
    }
}
