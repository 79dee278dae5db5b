package app.notrain.progress;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.CatalogReader;
import app.notrain.catalog.Region;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ranking rule of docs/ranking.md, on the real catalog, with fixed dates. */
class UrgencyRankerTest {
    private static final Clock MAY_1_2025 = Clock.fixed(Instant.parse("2025-05-01T09:00:00Z"), ZoneOffset.UTC);

    private final ProgressBook book = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY, MAY_1_2025);

    @Test
    void beforeMetasStartTheObjectionIsUpcomingAndAfterItTheAccountIsExposed() {
        book.completeSetup(new Profile(Region.EU_EEA, true, UseKind.PERSONAL));
        Account facebook = book.addAccount("facebook", "me", null, null);

        OpenAction before = objection(UrgencyRanker.rank(book, LocalDate.of(2025, 5, 1), ZoneOffset.UTC), facebook);
        OpenAction after = objection(UrgencyRanker.rank(book, LocalDate.of(2025, 6, 1), ZoneOffset.UTC), facebook);

        assertThat(before.urgency()).isEqualTo(Urgency.UPCOMING);
        assertThat(before.date()).isEqualTo(LocalDate.of(2025, 5, 27));
        assertThat(after.urgency()).isEqualTo(Urgency.EXPOSED);
    }

    @Test
    void theOrderIsExposedUpcomingWaitOverRefusedRecheckThenTheRest() {
        book.completeSetup(new Profile(Region.EU_EEA, true, UseKind.PERSONAL));
        Account linkedin = book.addAccount("linkedin", "work", null, null);     // training 3 Nov 2025: upcoming
        Account instagram = book.addAccount("instagram", "@me", null, null);    // training 27 May 2025: exposed
        Account snapchat = book.addAccount("snapchat", "snap", null, null);
        Account x = book.addAccount("x", "@x", null, null);
        String deletion = book.platform("snapchat").orElseThrow().steps().stream()
                .filter(s -> s.waitFor() != null && s.waitFor().days() == 30).findFirst().orElseThrow().id();
        book.setStep(snapchat.id(), deletion, StepStatus.WAITING, null, null, LocalDate.of(2025, 5, 20));
        book.setStep(instagram.id(), "keep-proof", StepStatus.REFUSED, null, null, null);
        String xStep = book.platform("x").orElseThrow().steps().get(1).id();
        book.setStep(x.id(), xStep, StepStatus.DONE, null, null, null);

        List<OpenAction> ranked = UrgencyRanker.rank(book, LocalDate.of(2025, 9, 1), ZoneOffset.UTC);

        assertThat(ranked).extracting(OpenAction::urgency).isSortedAccordingTo(Enum::compareTo);
        List<OpenAction> exposed = ranked.stream().filter(a -> a.urgency() == Urgency.EXPOSED).toList();
        assertThat(exposed).extracting(a -> a.step().account()).contains(instagram, x);
        assertThat(exposed).extracting(OpenAction::date).isSorted();         // longest exposed first
        assertThat(first(ranked, Urgency.UPCOMING).step().account()).isEqualTo(linkedin);
        assertThat(first(ranked, Urgency.WAIT_OVER).step().step().id()).isEqualTo(deletion);
        assertThat(first(ranked, Urgency.REFUSED).step().step().id()).isEqualTo("keep-proof");
        assertThat(first(ranked, Urgency.RECHECK_DUE).step().account()).isEqualTo(x);
        assertThat(ranked).noneMatch(a -> a.step().situation() == Situation.DONE
                || a.step().situation() == Situation.WAITING || a.step().situation() == Situation.NOT_APPLICABLE);
    }

    @Test
    void outsideTheEuMetasFormDoesNotApplyAndIsNotAnAction() {
        book.completeSetup(new Profile(Region.OTHER, true, UseKind.PERSONAL));
        Account facebook = book.addAccount("facebook", "me", null, null);

        List<OpenAction> ranked = UrgencyRanker.rank(book, LocalDate.of(2025, 6, 1), ZoneOffset.UTC);

        assertThat(ranked).noneMatch(a -> a.step().account().equals(facebook)
                && a.step().step().id().equals("submit-objection"));
    }

    @Test
    void withinAKindTheEarliestDateComesFirst() {
        book.completeSetup(new Profile(Region.EU_EEA, true, UseKind.PERSONAL));
        Account first = book.addAccount("snapchat", "a", null, null);
        Account second = book.addAccount("snapchat", "b", null, null);
        String deletion = book.platform("snapchat").orElseThrow().steps().stream()
                .filter(s -> s.waitFor() != null && s.waitFor().days() == 30).findFirst().orElseThrow().id();
        book.setStep(first.id(), deletion, StepStatus.WAITING, null, null, LocalDate.of(2025, 5, 20));
        book.setStep(second.id(), deletion, StepStatus.WAITING, null, null, LocalDate.of(2025, 5, 10));

        List<OpenAction> waits = UrgencyRanker.rank(book, LocalDate.of(2025, 6, 1), ZoneOffset.UTC).stream()
                .filter(a -> a.urgency() == Urgency.WAIT_OVER).toList();

        assertThat(waits).extracting(a -> a.step().account()).containsExactly(second, first);
    }

    private static OpenAction objection(List<OpenAction> actions, Account account) {
        return actions.stream().filter(a -> a.step().account().equals(account)
                && a.step().step().id().equals("submit-objection")).findFirst().orElseThrow();
    }

    private static OpenAction first(List<OpenAction> actions, Urgency urgency) {
        return actions.stream().filter(a -> a.urgency() == urgency).findFirst().orElseThrow();
    }
}
