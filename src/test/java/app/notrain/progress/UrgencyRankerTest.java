package app.notrain.progress;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.CatalogReader;
import app.notrain.catalog.Region;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ranking rule of docs/ranking.md, on the real catalog, with fixed dates. */
class UrgencyRankerTest {
    private final MovingClock clock = new MovingClock(Instant.parse("2025-05-01T09:00:00Z"));
    private final ProgressBook book = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY, clock);

    private List<OpenAction> rank(LocalDate day) {
        return UrgencyRanker.rank(book, day, ZoneOffset.UTC);
    }

    @Test
    void beforeMetasStartTheAccountIsUpcomingAndAfterItExposed() {
        book.completeSetup(new Profile(Region.EU_EEA, true, UseKind.PERSONAL));
        Account facebook = book.addAccount("facebook", "me", null, null);

        OpenAction before = of(rank(LocalDate.of(2025, 5, 1)), facebook);
        OpenAction after = of(rank(LocalDate.of(2025, 6, 1)), facebook);

        assertThat(before.urgency()).isEqualTo(Urgency.UPCOMING);
        assertThat(before.date()).isEqualTo(LocalDate.of(2025, 5, 27));
        assertThat(before.protection().protection()).isEqualTo(Protection.NOT_YET);
        assertThat(after.urgency()).isEqualTo(Urgency.EXPOSED);
    }

    @Test
    void eachAccountHasOneActionAndTheOrderIsExposedUpcomingRefusedWaitOverRecheckThenProofs() {
        book.completeSetup(new Profile(Region.EU_EEA, true, UseKind.PERSONAL));
        Account linkedin = book.addAccount("linkedin", "work", null, null);     // training 3 Nov 2025: upcoming
        Account instagram = book.addAccount("instagram", "@me", null, null);    // training 27 May 2025: exposed
        Account facebook = book.addAccount("facebook", "me", null, null);
        Account snapchat = book.addAccount("snapchat", "snap", null, null);
        Account x = book.addAccount("x", "@x", null, null);
        Account slack = book.addAccount("slack", "team", null, null);
        book.setStep(facebook.id(), "submit-objection", StepStatus.REFUSED, null, null, null);
        book.setStep(snapchat.id(), "clear-my-ai-data", StepStatus.WAITING, null, null, LocalDate.of(2025, 5, 20));
        book.setStep(snapchat.id(), "turn-off-public-content-ai", StepStatus.DONE, null, null, null);
        book.setStep(x.id(), "uncheck-training", StepStatus.DONE, null, null, null);
        clock.advance(Duration.ofDays(100));      // x's refusal is now due for a re-check, not slack's
        book.setStep(slack.id(), "send-opt-out-email", StepStatus.DONE, null, null, null);

        List<OpenAction> ranked = rank(LocalDate.of(2025, 9, 1));

        assertThat(ranked).extracting(OpenAction::urgency).containsExactly(Urgency.EXPOSED, Urgency.UPCOMING,
                Urgency.REFUSED, Urgency.WAIT_OVER, Urgency.RECHECK_DUE, Urgency.PROOF);
        assertThat(ranked).extracting(OpenAction::account)
                .containsExactly(instagram, linkedin, facebook, snapchat, x, slack);
        assertThat(of(ranked, slack).step().step().id()).isEqualTo("keep-reply");
    }

    @Test
    void quickWinsComeFirstAmongTheExposed() {
        book.completeSetup(new Profile(Region.EU_EEA, true, UseKind.PERSONAL));
        Account tiktok = book.addAccount("tiktok", "@slow", null, null);        // about 10 minutes
        Account linkedin = book.addAccount("linkedin", "work", null, null);     // about 2 minutes

        List<OpenAction> ranked = rank(LocalDate.of(2026, 12, 1));

        assertThat(ranked).extracting(OpenAction::urgency).containsOnly(Urgency.EXPOSED);
        assertThat(ranked).extracting(OpenAction::account).containsExactly(linkedin, tiktok);
    }

    @Test
    void oneObjectionCoversEveryAccountOfAnAccountsCentreGroup() {
        book.completeSetup(new Profile(Region.EU_EEA, true, UseKind.PERSONAL));
        Account facebook = book.addAccount("facebook", "alice.fb", "Alice", "Alice");
        Account instagram = book.addAccount("instagram", "@alice", "Alice", "alice ");
        Account shop = book.addAccount("instagram", "@alice.shop", "Alice", "Alice");
        Account other = book.addAccount("instagram", "@bob", "Bob", "Bob");
        book.setStep(facebook.id(), "check-accounts-center", StepStatus.DONE, null, null, null);

        List<OpenAction> ranked = rank(LocalDate.of(2026, 12, 1));

        assertThat(ranked).hasSize(2);
        OpenAction group = of(ranked, facebook);
        assertThat(group.isGroup()).isTrue();
        assertThat(group.accounts()).containsExactly(facebook, instagram, shop);
        assertThat(group.step().step().id()).isEqualTo("submit-objection");
        assertThat(of(ranked, other).accounts()).containsExactly(other);

        book.setStep(instagram.id(), "submit-objection", StepStatus.WAITING, null, null, null);
        Assessment after = Assessment.of(book, LocalDate.of(2026, 12, 1), ZoneOffset.UTC);
        assertThat(after.accounts()).filteredOn(p -> !p.account().equals(other))
                .extracting(AccountProtection::protection).containsOnly(Protection.PENDING);

        clock.advance(Duration.ofDays(580));      // to 2026-12-01, the day of the assessment
        book.setStep(instagram.id(), "submit-objection", StepStatus.DONE, null, null, null);
        assertThat(Assessment.of(book, LocalDate.of(2026, 12, 1), ZoneOffset.UTC).accounts())
                .filteredOn(p -> !p.account().equals(other))
                .extracting(AccountProtection::protection).containsOnly(Protection.PROTECTED);
    }

    @Test
    void aNewcomerToAGroupNeverUndoesTheGroupsFinishedObjection() {
        book.completeSetup(new Profile(Region.EU_EEA, true, UseKind.PERSONAL));
        Account facebook = book.addAccount("facebook", "alice.fb", null, "Alice");
        book.setStep(facebook.id(), "check-accounts-center", StepStatus.DONE, null, null, null);
        book.setStep(facebook.id(), "submit-objection", StepStatus.DONE, null, "mail.eml", null);
        Account instagram = book.addAccount("instagram", "@alice", null, "Alice");
        Account threads = book.addAccount("threads", "@alice", null, "Alice");
        book.setStep(instagram.id(), "check-accounts-center", StepStatus.DONE, null, null, null);

        List<Account> marked = book.setStep(instagram.id(), "submit-objection", StepStatus.WAITING, null, null, null);

        assertThat(marked).containsExactly(threads);
        assertThat(book.record(facebook.id(), "submit-objection").orElseThrow().status()).isEqualTo(StepStatus.DONE);
        assertThat(book.record(facebook.id(), "submit-objection").orElseThrow().evidence()).isEqualTo("mail.eml");
    }

    @Test
    void aGroupIsOneActionEvenWhenItsAccountsStandDifferently() {
        // In the UK in August 2024, Facebook's training had a date ahead while Threads had none known.
        book.completeSetup(new Profile(Region.UK, true, UseKind.PERSONAL));
        Account facebook = book.addAccount("facebook", "fb", null, "Alice");
        Account threads = book.addAccount("threads", "th", null, "Alice");

        List<OpenAction> ranked = rank(LocalDate.of(2024, 8, 1));

        assertThat(ranked).hasSize(1);
        assertThat(ranked.get(0).accounts()).containsExactlyInAnyOrder(facebook, threads);
        assertThat(ranked.get(0).urgency()).as("the most urgent member's").isEqualTo(Urgency.EXPOSED);
        assertThat(ranked.get(0).account()).isEqualTo(threads);
    }

    @Test
    void aWaitNobodyDatedEndsAfterAMonth() {
        book.completeSetup(new Profile(Region.EU_EEA, true, UseKind.PERSONAL));
        Account x = book.addAccount("x", "@me", null, null);
        book.setStep(x.id(), "uncheck-training", StepStatus.WAITING, null, null, null);   // x's switch has no wait

        assertThat(rank(LocalDate.of(2025, 5, 20))).isEmpty();
        OpenAction over = of(rank(LocalDate.of(2025, 6, 5)), x);
        assertThat(over.urgency()).isEqualTo(Urgency.WAIT_OVER);
        assertThat(over.date()).isEqualTo(LocalDate.of(2025, 5, 31));
    }

    @Test
    void outsideTheEuMetasFormIsNotAnAction() {
        book.completeSetup(new Profile(Region.OTHER, true, UseKind.PERSONAL));
        Account facebook = book.addAccount("facebook", "me", null, null);

        List<OpenAction> ranked = rank(LocalDate.of(2025, 6, 1));

        assertThat(ranked).noneMatch(a -> a.account().equals(facebook)
                && a.step().step().id().equals("submit-objection"));
    }

    @Test
    void withinAKindTheEarliestDateComesFirst() {
        book.completeSetup(new Profile(Region.EU_EEA, true, UseKind.PERSONAL));
        Account first = book.addAccount("snapchat", "a", null, null);
        Account second = book.addAccount("snapchat", "b", null, null);
        for (Account a : List.of(first, second)) {
            book.setStep(a.id(), "turn-off-public-content-ai", StepStatus.DONE, null, null, null);
        }
        book.setStep(first.id(), "clear-my-ai-data", StepStatus.WAITING, null, null, LocalDate.of(2025, 5, 20));
        book.setStep(second.id(), "clear-my-ai-data", StepStatus.WAITING, null, null, LocalDate.of(2025, 5, 10));

        List<OpenAction> waits = rank(LocalDate.of(2025, 6, 1)).stream()
                .filter(a -> a.urgency() == Urgency.WAIT_OVER).toList();

        assertThat(waits).extracting(OpenAction::account).containsExactly(second, first);
    }

    @Test
    void whatBecameDueSinceTheLastVisitIsTheExposedWaitOverAndRecheckActionsDatedSince() {
        book.completeSetup(new Profile(Region.EU_EEA, true, UseKind.PERSONAL));
        Account instagram = book.addAccount("instagram", "@me", null, null);
        book.addAccount("linkedin", "work", null, null);

        List<OpenAction> ranked = rank(LocalDate.of(2025, 6, 1));

        assertThat(UrgencyRanker.becameDue(ranked, LocalDate.of(2025, 5, 20), LocalDate.of(2025, 6, 1)))
                .extracting(OpenAction::account).containsExactly(instagram);
        assertThat(UrgencyRanker.becameDue(ranked, LocalDate.of(2025, 5, 28), LocalDate.of(2025, 6, 1))).isEmpty();
    }

    private static OpenAction of(List<OpenAction> actions, Account account) {
        return actions.stream().filter(a -> a.accounts().contains(account)).findFirst().orElseThrow();
    }
}
