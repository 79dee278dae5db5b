package app.notrain.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.i18n.Language;
import app.notrain.i18n.Messages;
import app.notrain.progress.OpenAction;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.Situation;
import app.notrain.progress.StepStatus;
import app.notrain.progress.Urgency;
import app.notrain.progress.UrgencyRanker;
import app.notrain.report.ProgressReport.AccountSection;
import app.notrain.report.ProgressReport.ActionLine;
import app.notrain.report.ProgressReport.OwnerSection;
import app.notrain.report.ProgressReport.StepLine;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressReportTest {
    private final ProgressBook book = ReportFixture.book();
    private final Messages english = Messages.of(Language.EN);

    private ProgressReport report(String owner) {
        return ProgressReport.of(book, ReportFixture.AS_OF, ReportFixture.ZONE, english, owner);
    }

    @Test
    void groupsAccountsByOwnerWithUnownedAccountsLast() {
        ProgressReport report = report(null);

        assertThat(report.owners()).extracting(OwnerSection::name).containsExactly("Alice", "Bob", "No owner");
        assertThat(report.owners().get(0).accounts()).extracting(AccountSection::label)
                .containsExactly("@alice.shop", "alice@work.example");
        assertThat(report.owners().get(2).owner()).isNull();
        assertThat(report.owners().get(2).accounts()).extracting(AccountSection::label)
                .containsExactly("ACME company page");
    }

    @Test
    void actionsAreRankedExactlyAsTheDashboardRanksThem() {
        List<OpenAction> ranked = UrgencyRanker.rank(book, ReportFixture.AS_OF, ReportFixture.ZONE);

        assertThat(report(null).actions())
                .extracting(a -> a.accountId() + "/" + a.stepId() + "/" + a.urgency())
                .containsExactlyElementsOf(ranked.stream()
                        .map(a -> a.step().account().id() + "/" + a.step().step().id() + "/" + a.urgency()).toList());
        assertThat(report(null).actions()).extracting(ActionLine::rank)
                .startsWith(1, 2, 3);
    }

    @Test
    void summaryCountsDoneStepsOpenActionsRefusalsAndExposedAccounts() {
        ProgressReport report = report(null);

        assertThat(report.summary().accounts()).isEqualTo(5);
        assertThat(report.summary().refusals()).isEqualTo(1);
        assertThat(report.summary().openActions()).isEqualTo(report.actions().size());
        // Bob's Instagram and X have open steps after their training start; Alice's Instagram is done and
        // LinkedIn's start is ahead.
        assertThat(report.summary().accountsExposed()).isEqualTo(2);
        assertThat(report.summary().stepsDone()).isEqualTo(report.owners().stream()
                .flatMap(o -> o.accounts().stream()).mapToInt(AccountSection::done).sum());
    }

    @Test
    void stepsCarryStatusSituationDatesNoteAndEvidence() {
        AccountSection bobInstagram = account(report(null), "@bob.photos");
        StepLine refused = step(bobInstagram, "submit-objection");

        assertThat(refused.status()).isEqualTo(StepStatus.REFUSED);
        assertThat(refused.situation()).isEqualTo(Situation.REFUSED);
        assertThat(refused.changed()).isEqualTo(LocalDate.of(2025, 6, 2));
        assertThat(refused.note()).isEqualTo("Meta answered that the objection gave no reason");
        assertThat(refused.evidence()).isEqualTo("E-mail of 2 June 2025");
        StepLine untouched = step(bobInstagram, "keep-proof");
        assertThat(untouched.status()).isEqualTo(StepStatus.TODO);
        assertThat(untouched.changed()).isNull();
        StepLine waitOver = step(account(report(null), "@bob"), "delete-grok-history");
        assertThat(waitOver.situation()).isEqualTo(Situation.WAIT_OVER);
        assertThat(waitOver.due()).isEqualTo(LocalDate.of(2025, 8, 19));
    }

    @Test
    void historyIsInWordsOldestFirst() {
        AccountSection page = account(report(null), "ACME company page");

        assertThat(page.history()).extracting(ProgressReport.HistoryLine::date).isSorted();
        assertThat(page.history()).extracting(ProgressReport.HistoryLine::text).containsExactly(
                "Added LinkedIn · Company page",
                "LinkedIn · ACME company page: Open the generative-AI data setting → Started",
                "Renamed Company page to ACME company page");
    }

    @Test
    void ownerFilterKeepsOnlyThatOwnersAccountsActionsAndPlatforms() {
        ProgressReport bob = report(" bob ");

        assertThat(bob.title()).isEqualTo("NoTrain progress report: bob");
        assertThat(bob.ownerFilter()).isEqualTo("bob");
        assertThat(bob.owners()).extracting(OwnerSection::name).containsExactly("Bob");
        assertThat(bob.summary().accounts()).isEqualTo(2);
        assertThat(bob.actions()).isNotEmpty().allMatch(a -> "Bob".equals(a.owner()));
        assertThat(bob.actions()).extracting(ActionLine::rank).isSorted();
        assertThat(bob.platforms()).extracting(ProgressReport.PlatformFacts::id).containsExactly("instagram", "x");
    }

    @Test
    void keyDatesAreThoseOfTheUsersRegionWithWhatTheyMeanThatDay() {
        ProgressReport.PlatformFacts instagram = report(null).platforms().stream()
                .filter(p -> p.id().equals("instagram")).findFirst().orElseThrow();

        assertThat(instagram.dates()).extracting(ProgressReport.DateLine::id)
                .contains("training-start-eu").doesNotContain("training-start-uk");
        assertThat(instagram.dates()).filteredOn(d -> d.id().equals("training-start-eu")).singleElement()
                .satisfies(d -> assertThat(d.outlook()).startsWith("Training began on 27 May 2025"));
        assertThat(instagram.sources()).isNotEmpty().allMatch(s -> s.url() == null || s.url().startsWith("https://"));
        assertThat(report(null).catalogVersion()).isEqualTo(book.catalog().catalogVersion());
    }

    @Test
    void speaksFrenchWhenAskedTo() {
        ProgressReport report = ProgressReport.of(book, ReportFixture.AS_OF, ReportFixture.ZONE,
                Messages.of(Language.FR), null);

        assertThat(report.title()).isEqualTo("Rapport de suivi NoTrain");
        assertThat(report.owners()).extracting(OwnerSection::name).contains("Sans titulaire");
        assertThat(report.actions()).filteredOn(a -> a.urgency() == Urgency.UPCOMING).isNotEmpty();
        assertThat(report.notice()).contains("conseil juridique");
    }

    static AccountSection account(ProgressReport report, String label) {
        return report.owners().stream().flatMap(o -> o.accounts().stream())
                .filter(a -> a.label().equals(label)).findFirst().orElseThrow();
    }

    static StepLine step(AccountSection account, String id) {
        return account.steps().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
