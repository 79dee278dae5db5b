package app.notrain.progress;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.CatalogReader;
import app.notrain.catalog.Region;
import app.notrain.catalog.StepRole;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every protection status of docs/ranking.md, on the real catalog, with fixed dates. */
class AccountProtectionTest {
    private static final LocalDate DEC_1_2026 = LocalDate.of(2026, 12, 1);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC);

    private final ProgressBook book = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY, CLOCK);

    private void profile(Region region, boolean adult) {
        book.completeSetup(new Profile(region, adult, UseKind.PERSONAL));
    }

    private AccountProtection protection(Account account, LocalDate day) {
        return AccountProtection.of(AccountOverview.of(book, book.account(account.id()).orElseThrow(), day),
                book.profile(), day, ZoneOffset.UTC);
    }

    @Test
    void aFreshLinkedInAccountIsExposedAfterTheThirdOfNovemberAndNotYetBefore() {
        profile(Region.EU_EEA, true);
        Account linkedin = book.addAccount("linkedin", "work", null, null);

        AccountProtection now = protection(linkedin, DEC_1_2026);
        AccountProtection before = protection(linkedin, LocalDate.of(2025, 10, 1));

        assertThat(now.protection()).isEqualTo(Protection.EXPOSED);
        assertThat(now.next().step().id()).isEqualTo("open-ai-data-setting");
        assertThat(before.protection()).isEqualTo(Protection.NOT_YET);
        assertThat(before.daysLeft(LocalDate.of(2025, 10, 1))).isEqualTo(33);
    }

    @Test
    void onLinkedInTheSwitchAloneProtectsAndTheOpenPreparationAndOptionalStepsDoNotCount() {
        profile(Region.EU_EEA, true);
        Account linkedin = book.addAccount("linkedin", "work", null, null);

        book.setStep(linkedin.id(), "turn-off-ai-training", StepStatus.DONE, null, null, null);
        AccountProtection p = protection(linkedin, DEC_1_2026);

        assertThat(p.protection()).isEqualTo(Protection.PROTECTED);
        assertThat(p.protectedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(p.next()).as("the optional objection is never the next action").isNull();
    }

    @Test
    void aSentObjectionIsPendingThenFollowedUpWhenTheWaitIsOver() {
        profile(Region.EU_EEA, true);
        Account instagram = book.addAccount("instagram", "@me", null, null);
        book.setStep(instagram.id(), "submit-objection", StepStatus.WAITING, null, null, LocalDate.of(2026, 11, 25));

        AccountProtection waiting = protection(instagram, LocalDate.of(2026, 11, 22));
        AccountProtection over = protection(instagram, DEC_1_2026);

        assertThat(waiting.protection()).isEqualTo(Protection.PENDING);
        assertThat(waiting.waitUntil()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(waiting.next().step().role()).as("keep the proof while waiting").isEqualTo(StepRole.PROVE);
        assertThat(over.protection()).isEqualTo(Protection.PENDING);
        assertThat(over.next().situation()).isEqualTo(Situation.WAIT_OVER);
    }

    @Test
    void aPendingAccountWaitsForItsWaitingRefusalNotForTheRecheckOfADoneOne() {
        profile(Region.EU_EEA, true);
        Account snapchat = book.addAccount("snapchat", "snap", null, null);
        book.setStep(snapchat.id(), "turn-off-public-content-ai", StepStatus.DONE, null, null, null);
        book.setStep(snapchat.id(), "clear-my-ai-data", StepStatus.WAITING, null, null, null);

        AccountProtection p = protection(snapchat, LocalDate.of(2026, 11, 21));

        assertThat(p.protection()).isEqualTo(Protection.PENDING);
        assertThat(p.waitUntil()).as("the 30-day deletion, from 20 November").isEqualTo(LocalDate.of(2026, 12, 20));
    }

    @Test
    void aRefusedObjectionIsRefusedByThePlatform() {
        profile(Region.EU_EEA, true);
        Account facebook = book.addAccount("facebook", "me", null, null);
        book.setStep(facebook.id(), "submit-objection", StepStatus.REFUSED, null, null, null);

        AccountProtection p = protection(facebook, DEC_1_2026);

        assertThat(p.protection()).isEqualTo(Protection.REFUSED_BY_PLATFORM);
        assertThat(p.next().step().id()).isEqualTo("submit-objection");
    }

    @Test
    void aRefusalDoneLongAgoIsDueForARecheck() {
        profile(Region.EU_EEA, true);
        Account x = book.addAccount("x", "@me", null, null);
        book.setStep(x.id(), "uncheck-training", StepStatus.DONE, null, null, null);

        AccountProtection p = protection(x, CLOCK.instant().atOffset(ZoneOffset.UTC).toLocalDate().plusYears(1));

        assertThat(p.protection()).isEqualTo(Protection.RECHECK_DUE);
        assertThat(p.protection().isProtected()).isTrue();
        assertThat(p.next().step().id()).isEqualTo("uncheck-training");
    }

    @Test
    void tikTokInFranceIsExposedUntilItsObjectionIsDone() {
        profile(Region.EU_EEA, true);
        Account tiktok = book.addAccount("tiktok", "@me", null, null);

        assertThat(protection(tiktok, DEC_1_2026).protection()).isEqualTo(Protection.EXPOSED);
        book.setStep(tiktok.id(), "object-right-to-object", StepStatus.DONE, null, null, null);
        AccountProtection done = protection(tiktok, DEC_1_2026);

        assertThat(done.protection()).isEqualTo(Protection.PROTECTED);
        assertThat(done.next().step().role()).as("then the mitigations, gently").isEqualTo(StepRole.MITIGATE);
    }

    @Test
    void tikTokInTheUnitedStatesOffersNoRefusalAndCountsItsMitigations() {
        profile(Region.OTHER, true);
        Account tiktok = book.addAccount("tiktok", "@me", null, null);
        book.setStep(tiktok.id(), "private-account", StepStatus.DONE, null, null, null);
        book.setStep(tiktok.id(), "disable-downloads", StepStatus.DONE, null, null, null);

        AccountProtection p = protection(tiktok, DEC_1_2026);

        assertThat(p.protection()).isEqualTo(Protection.NO_REFUSAL);
        assertThat(p.mitigationsDone()).isEqualTo(2);
        assertThat(p.mitigations()).isEqualTo(6);
        assertThat(p.next().step().id()).isEqualTo("friends-only-videos");
    }

    @Test
    void minorsAndPlatformsThatDoNotTrainAreNotConcerned() {
        profile(Region.EU_EEA, false);
        Account linkedin = book.addAccount("linkedin", "teen", null, null);
        Account bluesky = book.addAccount("bluesky", "@me", null, null);

        assertThat(protection(linkedin, DEC_1_2026).protection()).isEqualTo(Protection.NOT_CONCERNED);
        assertThat(protection(linkedin, DEC_1_2026).next()).isNull();
        AccountProtection b = protection(bluesky, DEC_1_2026);
        assertThat(b.protection()).isEqualTo(Protection.NOT_CONCERNED);
        assertThat(b.next().step().id()).as("re-reading the policy stays on the list").isEqualTo("recheck-policy");
    }

    @Test
    void aRefusalTheUserSaysDoesNotApplyLeavesTheAccountNotConcerned() {
        profile(Region.EU_EEA, true);
        Account x = book.addAccount("x", "@me", null, null);
        book.setStep(x.id(), "uncheck-training", StepStatus.NOT_APPLICABLE, "I never use Grok", null, null);

        assertThat(protection(x, DEC_1_2026).protection()).isEqualTo(Protection.NOT_CONCERNED);
    }

    @Test
    void anAccountWhosePlatformLeftTheGuidesIsUnknown() {
        AccountOverview orphan = new AccountOverview(new Account("gone-1", "gone", "me", null, null), null, List.of());

        AccountProtection p = AccountProtection.of(orphan, Profile.DEFAULT, DEC_1_2026, ZoneOffset.UTC);

        assertThat(p.protection()).isEqualTo(Protection.UNKNOWN);
        assertThat(p.next()).isNull();
    }

    @Test
    void optionalPreparationAndProofStepsNeverMakeAnAccountExposed() {
        profile(Region.EU_EEA, true);
        for (var platform : book.platforms()) {
            Account account = book.addAccount(platform.id(), "a", null, null);
            platform.steps().stream().filter(s -> s.requiredRefusal())
                    .forEach(s -> book.setStep(account.id(), s.id(), StepStatus.DONE, null, null, null));
            // Everything else stays to do, and the account is not exposed for it.
            assertThat(protection(account, DEC_1_2026).protection()).as(platform.id())
                    .isIn(Protection.PROTECTED, Protection.NO_REFUSAL, Protection.NOT_CONCERNED);
        }
    }
}
