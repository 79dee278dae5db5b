package app.notrain.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.notrain.catalog.Catalog;
import app.notrain.catalog.CatalogReader;
import app.notrain.catalog.Region;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The domain rules, on the real catalog, with a clock the test moves. */
class ProgressBookTest {
    private static final Catalog CATALOG = CatalogReader.builtIn();

    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-22T10:00:00Z"));
    private final ProgressBook book = new ProgressBook(CATALOG, ProgressData.EMPTY, clock);

    @Test
    void tickingTheMetaObjectionMarksTheOtherAccountsOfTheSameAccountsCenterOnly() {
        Account facebook = book.addAccount("facebook", "me@example.org", null, "Family centre");
        Account instagram = book.addAccount("instagram", "@me", null, "family centre ");
        Account otherInstagram = book.addAccount("instagram", "@work", null, "Work");
        Account unlinked = book.addAccount("instagram", "@old", null, null);

        List<Account> alsoMarked = book.setStep(facebook.id(), "submit-objection", StepStatus.DONE, null, null, null);

        assertThat(alsoMarked).containsExactly(instagram);
        assertThat(status(instagram, "submit-objection")).isEqualTo(StepStatus.DONE);
        assertThat(book.record(otherInstagram.id(), "submit-objection")).isEmpty();
        assertThat(book.record(unlinked.id(), "submit-objection")).isEmpty();
        assertThat(book.history(instagram.id()).get(0).linkedFrom()).isEqualTo(facebook.id());
    }

    @Test
    void aStepThatIsNotSharedIsNotPropagated() {
        Account facebook = book.addAccount("facebook", "me", null, "G");
        Account instagram = book.addAccount("instagram", "@me", null, "G");

        assertThat(book.setStep(facebook.id(), "keep-proof", StepStatus.DONE, null, null, null)).isEmpty();
        assertThat(book.record(instagram.id(), "keep-proof")).isEmpty();
    }

    @Test
    void undoRevertsTheWholeActionIncludingLinkedAccounts() {
        Account facebook = book.addAccount("facebook", "me", null, "G");
        Account instagram = book.addAccount("instagram", "@me", null, "G");
        book.setStep(facebook.id(), "submit-objection", StepStatus.DONE, null, null, null);

        List<Change> undone = book.undo();

        assertThat(undone).hasSize(2);
        assertThat(book.record(facebook.id(), "submit-objection")).isEmpty();
        assertThat(book.record(instagram.id(), "submit-objection")).isEmpty();
    }

    @Test
    void removingAnAccountCanBeUndoneWithItsSteps() {
        Account linkedin = book.addAccount("linkedin", "me@work", "Alice", null);
        book.setStep(linkedin.id(), step("linkedin", 1), StepStatus.DONE, "switched off", "screenshot.png", null);

        book.removeAccount(linkedin.id());
        assertThat(book.accounts()).isEmpty();
        book.undo();

        assertThat(book.accounts()).containsExactly(linkedin);
        assertThat(book.record(linkedin.id(), step("linkedin", 1)).orElseThrow().evidence()).isEqualTo("screenshot.png");
    }

    @Test
    void renameAndUndoRename() {
        Account x = book.addAccount("x", "@old", null, null);
        book.renameAccount(x.id(), "@new");
        assertThat(book.account(x.id()).orElseThrow().label()).isEqualTo("@new");

        book.undo();

        assertThat(book.account(x.id()).orElseThrow().label()).isEqualTo("@old");
    }

    @Test
    void accountIdsAreReadableAndNeverReusedEvenAfterAnUndoneAdd() {
        Account first = book.addAccount("linkedin", "a", null, null);
        book.removeAccount(first.id());
        Account second = book.addAccount("linkedin", "b", null, null);
        book.undo();
        Account third = book.addAccount("linkedin", "c", null, null);

        assertThat(first.id()).isEqualTo("linkedin-1");
        assertThat(second.id()).isEqualTo("linkedin-2");
        assertThat(third.id()).isEqualTo("linkedin-3");
    }

    @Test
    void undoKeepsTheHistoryAndAppendsWhatItReverted() {
        Account x = book.addAccount("x", "@me", null, null);
        String step = step("x", 1);
        book.setStep(x.id(), step, StepStatus.DONE, null, null, null);
        int before = book.history().size();

        book.undo();

        assertThat(book.history()).hasSize(before + 1);
        Change undo = book.history().get(before);
        assertThat(undo.undoes()).isEqualTo(book.history().get(before - 1).action());
        assertThat(undo.after()).isNull();
        assertThat(book.record(x.id(), step)).isEmpty();
    }

    @Test
    void successiveUndosWalkBackThroughEarlierActionsNotTheUndoItself() {
        Account x = book.addAccount("x", "@me", null, null);
        String step = step("x", 1);
        book.setStep(x.id(), step, StepStatus.STARTED, null, null, null);
        book.setStep(x.id(), step, StepStatus.DONE, null, null, null);

        book.undo();
        assertThat(book.record(x.id(), step).orElseThrow().status()).isEqualTo(StepStatus.STARTED);
        book.undo();
        assertThat(book.record(x.id(), step)).isEmpty();
        book.undo();
        assertThat(book.accounts()).isEmpty();
        assertThat(book.undo()).isEmpty();
    }

    @Test
    void theWizardsAnswersAndAccountsAreOneActionAndUndoingItReopensTheSetUp() {
        book.completeSetup(new Profile(Region.UK, true, UseKind.PERSONAL), List.of(
                new ProgressBook.NewAccount("linkedin", "a", null, null),
                new ProgressBook.NewAccount("x", "@b", null, null)));

        book.undo();

        assertThat(book.accounts()).isEmpty();
        assertThat(book.setupDone()).isFalse();
    }

    @Test
    void redoPutsBackWhatTheUndosRevertedNewestFirstUntilSomethingNewIsDone() {
        Account x = book.addAccount("x", "@me", null, null);
        String step = step("x", 1);
        book.setStep(x.id(), step, StepStatus.STARTED, null, null, null);
        book.setStep(x.id(), step, StepStatus.DONE, "sent", null, null);
        book.undo();
        book.undo();
        assertThat(book.record(x.id(), step)).isEmpty();

        book.redo();
        assertThat(book.record(x.id(), step).orElseThrow().status()).isEqualTo(StepStatus.STARTED);
        book.redo();
        assertThat(book.record(x.id(), step).orElseThrow().note()).isEqualTo("sent");
        assertThat(book.redo()).isEmpty();

        // A redo can itself be undone, and redone again.
        book.undo();
        assertThat(book.record(x.id(), step).orElseThrow().status()).isEqualTo(StepStatus.STARTED);
        book.redo();
        assertThat(book.record(x.id(), step).orElseThrow().status()).isEqualTo(StepStatus.DONE);

        // Something new after an undo: what was undone stays undone.
        book.undo();
        book.setStep(x.id(), step, StepStatus.WAITING, null, null, null);
        assertThat(book.nextRedo()).isEmpty();
        assertThat(book.redo()).isEmpty();
        assertThat(book.record(x.id(), step).orElseThrow().status()).isEqualTo(StepStatus.WAITING);
    }

    @Test
    void undoAndRedoOfARemovalBringBackAndTakeAwayTheAccountWithItsSteps() {
        Account x = book.addAccount("x", "@me", null, null);
        book.setStep(x.id(), step("x", 1), StepStatus.DONE, null, null, null);
        book.removeAccount(x.id());

        Reversal undo = book.nextUndo().orElseThrow();
        assertThat(undo.accountsBack()).containsExactly(x);
        assertThat(undo.needsConfirmation()).isTrue();
        book.undo();
        assertThat(book.record(x.id(), step("x", 1)).orElseThrow().status()).isEqualTo(StepStatus.DONE);

        Reversal redo = book.nextRedo().orElseThrow();
        assertThat(redo.accountsGone()).containsExactly(x);
        book.redo();
        assertThat(book.accounts()).isEmpty();
        assertThat(book.record(x.id(), step("x", 1))).isEmpty();
        assertThat(book.isRedo(book.history().get(book.history().size() - 1))).isTrue();
    }

    @Test
    void onlyChangesThatTakeAccountsOrTheSetUpAwayAskFirst() {
        book.completeSetup(new Profile(Region.UK, true, UseKind.PERSONAL), List.of(
                new ProgressBook.NewAccount("linkedin", "a", null, null)));
        Account x = book.addAccount("x", "@me", null, null);
        book.setStep(x.id(), step("x", 1), StepStatus.DONE, null, null, null);
        book.renameAccount(x.id(), "@you");

        assertThat(book.nextUndo().orElseThrow().needsConfirmation()).isFalse();      // the rename
        book.undo();
        assertThat(book.nextUndo().orElseThrow().needsConfirmation()).isFalse();      // the step
        book.undo();
        Reversal add = book.nextUndo().orElseThrow();
        assertThat(add.accountsGone()).extracting(Account::label).containsExactly("@me");
        book.undo();
        Reversal setup = book.nextUndo().orElseThrow();
        assertThat(setup.setupUndone()).isTrue();
        assertThat(setup.accountsGone()).extracting(Account::label).containsExactly("a");
    }

    @Test
    void theUndoAndRedoStacksSurviveAReload() {
        Account x = book.addAccount("x", "@me", null, null);
        book.setStep(x.id(), step("x", 1), StepStatus.DONE, null, null, null);
        book.undo();

        ProgressBook reloaded = new ProgressBook(CATALOG, book.snapshot(), clock);
        reloaded.redo();
        assertThat(reloaded.record(x.id(), step("x", 1)).orElseThrow().status()).isEqualTo(StepStatus.DONE);
        reloaded.undo();
        reloaded.undo();
        assertThat(reloaded.accounts()).isEmpty();
    }

    @Test
    void anEndDateIsKeptOnlyForAWait() {
        Account x = book.addAccount("x", "@me", null, null);
        book.setStep(x.id(), step("x", 1), StepStatus.DONE, null, null, LocalDate.of(2027, 1, 1));

        assertThat(book.record(x.id(), step("x", 1)).orElseThrow().until()).isNull();
    }

    @Test
    void metaObjectionDoesNotApplyOutsideTheEuEeaAndTheUkAndSaysWhy() {
        book.completeSetup(new Profile(Region.OTHER, true, UseKind.PERSONAL));
        Account facebook = book.addAccount("facebook", "me", null, null);

        StepProgress objection = progress(facebook, "submit-objection", LocalDate.of(2026, 11, 22));

        assertThat(objection.situation()).isEqualTo(Situation.NOT_APPLICABLE);
        assertThat(objection.notApplicableReason()).isEqualTo(NotApplicableReason.REGION);
    }

    @Test
    void minorsAreExcludedFromLinkedinAndMeta() {
        book.completeSetup(new Profile(Region.EU_EEA, false, UseKind.PERSONAL));
        Account linkedin = book.addAccount("linkedin", "teen", null, null);

        assertThat(book.progress(linkedin, LocalDate.of(2026, 11, 22)))
                .allSatisfy(p -> assertThat(p.notApplicableReason()).isEqualTo(NotApplicableReason.MINOR));
    }

    @Test
    void aWaitWithoutDateGetsTheCatalogsTypicalWaitAndIsOverAfterIt() {
        Account snapchat = book.addAccount("snapchat", "me", null, null);
        String deletion = CATALOG.platform("snapchat").orElseThrow().steps().stream()
                .filter(s -> s.waitFor() != null && s.waitFor().days() == 30).findFirst().orElseThrow().id();

        book.setStep(snapchat.id(), deletion, StepStatus.WAITING, null, null, null);

        assertThat(book.record(snapchat.id(), deletion).orElseThrow().until()).isEqualTo(LocalDate.of(2026, 12, 22));
        assertThat(progress(snapchat, deletion, LocalDate.of(2026, 12, 22)).situation()).isEqualTo(Situation.WAITING);
        assertThat(progress(snapchat, deletion, LocalDate.of(2026, 12, 23)).situation()).isEqualTo(Situation.WAIT_OVER);
    }

    @Test
    void aDoneStepIsDueForARecheckAfterItsInterval() {
        Account linkedin = book.addAccount("linkedin", "me", null, null);
        String toggle = step("linkedin", 1);
        book.setStep(linkedin.id(), toggle, StepStatus.DONE, null, null, null);
        int interval = CATALOG.platform("linkedin").orElseThrow().recheckDaysOrDefault();
        LocalDate done = LocalDate.of(2026, 11, 22);

        assertThat(progress(linkedin, toggle, done.plusDays(interval - 1)).situation()).isEqualTo(Situation.DONE);
        StepProgress due = progress(linkedin, toggle, done.plusDays(interval));
        assertThat(due.situation()).isEqualTo(Situation.RECHECK_DUE);
        assertThat(due.due()).isEqualTo(done.plusDays(interval));
    }

    @Test
    void aDoneStepIsDueForARecheckWhenTheCatalogChangedIt() {
        Account linkedin = book.addAccount("linkedin", "me", null, null);
        String toggle = step("linkedin", 1);
        book.setStep(linkedin.id(), toggle, StepStatus.DONE, null, null, null);
        StepRecord record = book.record(linkedin.id(), toggle).orElseThrow();
        StepRecord fromAnOlderCatalog = new StepRecord(record.status(), record.changedAt(), null, null, null, "0123456789abcdef",
                List.of());
        ProgressData data = book.snapshot();
        ProgressData older = new ProgressData(data.profile(), true, data.accounts(),
                java.util.Map.of(linkedin.id(), java.util.Map.of(toggle, fromAnOlderCatalog)), data.history(), List.of(), null, null);

        StepProgress p = new ProgressBook(CATALOG, older, clock).progress(linkedin, LocalDate.of(2026, 11, 23)).stream()
                .filter(s -> s.step().id().equals(toggle)).findFirst().orElseThrow();

        assertThat(p.situation()).isEqualTo(Situation.RECHECK_DUE);
        assertThat(p.catalogChanged()).isTrue();
        LocalDate checked = CATALOG.platform("linkedin").orElseThrow()
                .checkedOf(CATALOG.platform("linkedin").orElseThrow().step(toggle).orElseThrow());
        assertThat(p.due()).as("due since the guides checked the step, not months ahead").isEqualTo(checked);
    }

    @Test
    void everyChangeIsTimestampedFromTheClock() {
        Account x = book.addAccount("x", "@me", null, null);
        clock.advance(Duration.ofHours(2));
        book.setStep(x.id(), step("x", 0), StepStatus.STARTED, "on it", null, null);

        assertThat(book.history(x.id())).extracting(Change::at)
                .containsExactly(Instant.parse("2026-11-22T12:00:00Z"), Instant.parse("2026-11-22T10:00:00Z"));
    }

    @Test
    void badInputIsRefused() {
        assertThatThrownBy(() -> book.addAccount("myspace", "me", null, null)).hasMessageContaining("myspace");
        assertThatThrownBy(() -> book.addAccount("x", "  ", null, null)).hasMessageContaining("label");
        Account x = book.addAccount("x", "@me", null, null);
        assertThatThrownBy(() -> book.setStep(x.id(), "nope", StepStatus.DONE, null, null, null))
                .hasMessageContaining("nope");
    }

    @Test
    void listenersHearEveryChangeAndTheSnapshotRoundTrips() {
        int[] heard = {0};
        book.addListener(() -> heard[0]++);
        Account x = book.addAccount("x", "@me", "Bob", null);
        book.setStep(x.id(), step("x", 0), StepStatus.DONE, null, null, null);

        ProgressBook reopened = new ProgressBook(CATALOG, book.snapshot(), clock);

        assertThat(heard[0]).isEqualTo(2);
        assertThat(reopened.snapshot()).isEqualTo(book.snapshot());
    }

    private StepStatus status(Account account, String stepId) {
        return book.record(account.id(), stepId).orElseThrow().status();
    }

    private StepProgress progress(Account account, String stepId, LocalDate today) {
        return book.progress(account, today).stream().filter(p -> p.step().id().equals(stepId)).findFirst().orElseThrow();
    }

    private static String step(String platformId, int index) {
        return CATALOG.platform(platformId).orElseThrow().steps().get(index).id();
    }

    @Test
    void theDayOfTheVisitAndThePreferencesAreSavedButAreNotProgress() {
        ProgressBook book = new ProgressBook(CATALOG, ProgressData.EMPTY, clock);
        Account account = book.addAccount("linkedin", "me", null, null);
        java.util.concurrent.atomic.AtomicInteger told = new java.util.concurrent.atomic.AtomicInteger();
        book.addListener(told::incrementAndGet);
        long before = book.progressChanges();

        book.markOpened(java.time.LocalDate.of(2026, 12, 2));
        book.setPreferences(new Preferences(app.notrain.i18n.Language.FR, true));

        assertThat(told).hasValue(2);               // both are written
        assertThat(book.progressChanges()).isEqualTo(before);
        assertThat(book.snapshot().lastOpened()).isEqualTo(java.time.LocalDate.of(2026, 12, 2));
        book.setStep(account.id(), book.platform("linkedin").orElseThrow().steps().get(0).id(), StepStatus.DONE,
                null, null, null);
        assertThat(book.progressChanges()).isEqualTo(before + 1);
    }
}
