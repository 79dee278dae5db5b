package app.notrain.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.Catalog;
import app.notrain.catalog.CatalogReader;
import app.notrain.catalog.Measure;
import app.notrain.catalog.Platform;
import app.notrain.catalog.Region;
import app.notrain.progress.Account;
import app.notrain.progress.EvidenceFile;
import app.notrain.progress.OrganisationProgress;
import app.notrain.progress.Profile;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.ProgressData;
import app.notrain.progress.StepStatus;
import app.notrain.progress.UseKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Whatever the user records, with whatever text and files, the file gives back exactly the same progress. */
class ProgressRoundTripPropertyTest {
    private static final Catalog CATALOG = CatalogReader.builtIn();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    /**
     * One thing a user may do: add an account, record a step on the n-th account, or (when {@code
     * measure} is not negative) record the n-th measure of the organisation checklist.
     */
    record Action(int platform, String label, String group, int account, int step, StepStatus status, String note,
                  int measure) {
    }

    @Property(tries = 60)
    void savedProgressLoadsBackIdentical(@ForAll("actions") @Size(max = 25) List<Action> actions,
                                         @ForAll Region region, @ForAll boolean adult,
                                         @ForAll("names") String organisation, @ForAll("names") String author)
            throws Exception {
        ProgressBook book = new ProgressBook(CATALOG, ProgressData.EMPTY, CLOCK);
        book.completeSetup(new Profile(region, adult, UseKind.BUSINESS).withNames(organisation, author));
        for (Action action : actions) {
            apply(book, action);
        }
        Path dir = Files.createTempDirectory("notrain-property");
        Path file = dir.resolve("progress.json");

        try {
            try (ProgressStore store = ProgressStore.open(file, CLOCK)) {
                store.save(book.snapshot());
            }
            try (ProgressStore store = ProgressStore.open(file, CLOCK)) {
                assertThat(store.load()).isEqualTo(book.snapshot());
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    private static void apply(ProgressBook book, Action action) {
        if (action.measure() >= 0) {
            List<Measure> measures = CATALOG.organisation().measures();
            StepStatus status = OrganisationProgress.STATUSES.contains(action.status()) ? action.status()
                    : StepStatus.DONE;
            book.setMeasure(measures.get(action.measure() % measures.size()).id(), status, action.note(),
                    action.label(), action.group(), action.measure() % 3 == 0 ? null : action.measure() + 1);
            return;
        }
        List<Account> accounts = book.accounts();
        if (accounts.isEmpty() || action.step() < 0) {
            Platform platform = CATALOG.platforms().get(action.platform() % CATALOG.platforms().size());
            book.addAccount(platform.id(), action.label(), action.label(), action.group());
            return;
        }
        Account account = accounts.get(action.account() % accounts.size());
        Platform platform = book.platform(account.platformId()).orElseThrow();
        String stepId = platform.steps().get(action.step() % platform.steps().size()).id();
        LocalDate until = action.status() == StepStatus.WAITING ? LocalDate.of(2027, 1, 1) : null;
        book.setStep(account.id(), stepId, action.status(), action.note(), action.label(), until);
        if (action.step() % 3 == 0) {   // a file kept as evidence, under whatever name the user's file had
            book.attachEvidence(account.id(), stepId, new EvidenceFile(action.label(),
                    "0123456789abcdef0123456789abcdef.png", "ab".repeat(32), action.account(), CLOCK.instant()));
        }
    }

    /** The cover's organisation and author: any text, or none. */
    @Provide
    Arbitrary<String> names() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(60),
                Arbitraries.of("ACME « Société » O’Neil", "<script>x</script>", "emoji 🚫🤖", "line\nbreak"))
                .injectNull(0.3);
    }

    @Provide
    Arbitrary<List<Action>> actions() {
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.strings().ofMinLength(1).ofMaxLength(40),
                Arbitraries.of("<b>bold</b>", "=HYPERLINK(\"x\")", "\"quoted\" 'single'", "emoji 🚫🤖",
                        "\u202Eright-to-left", "line\nbreak", "tab\tthere", "x".repeat(10_000)))
                .filter(s -> !s.isBlank());
        Arbitrary<String> group = Arbitraries.of("Family", "family ", "Work").injectNull(0.4);
        return Combinators.combine(Arbitraries.integers().between(0, 1000), text, group,
                        Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(-2, 1000),
                        Arbitraries.of(StepStatus.class), text.injectNull(0.5), Arbitraries.integers().between(-30, 20))
                .as(Action::new)
                .list();
    }
}
