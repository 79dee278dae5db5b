package app.notrain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import app.notrain.catalog.CatalogReader;
import app.notrain.catalog.Region;
import app.notrain.i18n.Language;
import app.notrain.i18n.Messages;
import app.notrain.progress.Account;
import app.notrain.progress.Assessment;
import app.notrain.progress.OpenAction;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.ProgressData;
import app.notrain.progress.Profile;
import app.notrain.progress.Protection;
import app.notrain.progress.Situation;
import app.notrain.progress.StepStatus;
import app.notrain.progress.Urgency;
import app.notrain.progress.UseKind;
import app.notrain.report.ProgressReport.AccountRef;
import app.notrain.report.ProgressReport.AccountSection;
import app.notrain.report.ProgressReport.ActionLine;
import app.notrain.report.ProgressReport.OwnerSection;
import app.notrain.report.ProgressReport.ProtectionCounts;
import app.notrain.report.ProgressReport.StepLine;
import java.time.Clock;
import java.time.Instant;
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
                .containsExactly("ACME company page", "ACME Facebook page", "@acme");
        assertThat(report.severalOwners()).isTrue();
    }

    @Test
    void actionsAreRankedExactlyAsTheDashboardRanksThemOneLinePerAccountOrGroup() {
        List<OpenAction> ranked = Assessment.of(book, ReportFixture.AS_OF, ReportFixture.ZONE).actions();

        assertThat(report(null).actions())
                .extracting(a -> a.accountId() + "/" + a.stepId() + "/" + a.urgency())
                .containsExactlyElementsOf(ranked.stream()
                        .map(a -> a.account().id() + "/" + a.step().step().id() + "/" + a.urgency()).toList());
        assertThat(report(null).actions()).extracting(ActionLine::rank).containsExactly(1, 2, 3, 4, 5);
        assertThat(report(null).actions()).extracting(ActionLine::urgency).containsExactly(Urgency.EXPOSED,
                Urgency.UPCOMING, Urgency.REFUSED, Urgency.RECHECK_DUE, Urgency.PROOF);
    }

    @Test
    void aSharedObjectionOfAnAccountsCentreGroupIsOneActionNamingEveryAccount() {
        ProgressReport report = report(null);
        AccountSection page = account(report, "ACME Facebook page");
        AccountSection instagram = account(report, "@acme");

        List<ActionLine> acme = report.actions().stream()
                .filter(a -> a.accounts().stream().anyMatch(r -> r.id().equals(instagram.id())))
                .toList();

        assertThat(acme).singleElement().satisfies(a -> {
            assertThat(a.urgency()).isEqualTo(Urgency.EXPOSED);
            assertThat(a.accountId()).isEqualTo(page.id());
            assertThat(a.accounts()).extracting(AccountRef::id).containsExactly(page.id(), instagram.id());
            assertThat(a.accountNames()).isEqualTo("Facebook · ACME Facebook page, Instagram · @acme");
            assertThat(a.stepId()).isEqualTo("check-accounts-center");
        });
        assertThat(report.actions()).filteredOn(a -> a.accountId().equals(instagram.id())).isEmpty();
        assertThat(page.next()).isEqualTo(instagram.next());
    }

    @Test
    void summaryCountsEveryProtectionThenTheSteps() {
        ProgressReport report = report(null);
        ProtectionCounts counts = report.summary().protection();

        assertThat(counts.protectedAccounts()).isEqualTo(3);        // Alice's two (one due for a re-check) and Bob's X
        assertThat(counts.concerned()).isEqualTo(8);
        assertThat(counts.counts()).containsExactly(entry(Protection.EXPOSED, 2), entry(Protection.NOT_YET, 1),
                entry(Protection.REFUSED_BY_PLATFORM, 1), entry(Protection.PENDING, 1),
                entry(Protection.RECHECK_DUE, 1), entry(Protection.PROTECTED, 2), entry(Protection.NO_REFUSAL, 0),
                entry(Protection.NOT_CONCERNED, 0), entry(Protection.UNKNOWN, 0));
        assertThat(spaces(counts.headline())).isEqualTo("3 of 8 accounts protected · incl. 1 to re-check · 2 exposed · "
                + "1 to refuse before training starts · 1 refused by the platform · 1 waiting for Meta");

        assertThat(report.summary().accounts()).isEqualTo(8);
        assertThat(report.summary().refusals()).isEqualTo(1);
        assertThat(report.summary().openActions()).isEqualTo(report.actions().size()).isEqualTo(5);
        assertThat(report.summary().accountsExposed()).isEqualTo(2);      // the company's Facebook and Instagram
        assertThat(report.summary().stepsDone()).isEqualTo(report.owners().stream()
                .flatMap(o -> o.accounts().stream()).mapToInt(AccountSection::done).sum()).isEqualTo(5);
        assertThat(report.summary().stepsApplicable()).isEqualTo(25);
    }

    @Test
    void eachOwnerHasItsOwnProtectionCounts() {
        List<OwnerSection> owners = report(null).owners();

        assertThat(owners).extracting(o -> o.protection().protectedAccounts() + "/" + o.protection().concerned())
                .containsExactly("2/2", "1/3", "0/3");
        assertThat(owners.get(1).protection().count(Protection.REFUSED_BY_PLATFORM)).isEqualTo(1);
        assertThat(owners.get(1).protection().count(Protection.PENDING)).isEqualTo(1);
        assertThat(owners.get(2).protection().count(Protection.EXPOSED)).isEqualTo(2);
        assertThat(owners).extracting(o -> spaces(o.protection().headline())).containsExactly(
                "2 of 2 accounts protected · incl. 1 to re-check",
                "1 of 3 accounts protected · 1 refused by the platform · 1 waiting for Meta",
                "0 of 3 accounts protected · 2 exposed · 1 to refuse before training starts");
        int total = owners.stream().mapToInt(o -> o.protection().protectedAccounts()).sum();
        assertThat(total).isEqualTo(report(null).summary().protection().protectedAccounts());
    }

    @Test
    void eachAccountSaysItsProtectionSinceWhenAndItsNextStep() {
        ProgressReport report = report(null);

        AccountSection linkedin = account(report, "alice@work.example");
        assertThat(linkedin.protection()).isEqualTo(Protection.PROTECTED);
        assertThat(linkedin.protectedOn()).isEqualTo(LocalDate.of(2025, 8, 20));
        assertThat(linkedin.protectionDetail()).isEqualTo("Protected since 20 August 2025");
        assertThat(linkedin.next()).as("only optional steps are left").isNull();

        AccountSection shop = account(report, "@alice.shop");
        assertThat(shop.protection()).isEqualTo(Protection.RECHECK_DUE);
        assertThat(shop.protectedOn()).isEqualTo(LocalDate.of(2025, 5, 15));
        assertThat(shop.protectionText()).isEqualTo("Protected, re-check due");
        assertThat(shop.next().id()).isEqualTo("submit-objection");

        assertThat(account(report, "@bob.photos")).satisfies(a -> {
            assertThat(a.protection()).isEqualTo(Protection.REFUSED_BY_PLATFORM);
            assertThat(a.protectedOn()).isNull();
            assertThat(a.protectionDetail()).isEqualTo("Refused by the platform on 2 June 2025");
        });
        assertThat(account(report, "bob.martin").protectionDetail())
                .isEqualTo("Waiting for the platform until 14 September 2025");
        assertThat(account(report, "ACME company page").protectionDetail())
                .isEqualTo("Not yet used: 63 days left to refuse, before training starts on 3 November 2025");
        assertThat(account(report, "@acme")).satisfies(a -> {
            assertThat(a.protection()).isEqualTo(Protection.EXPOSED);
            assertThat(a.protectionDetail()).isEqualTo("Exposed: training began on 27 May 2025");
            assertThat(a.next().title()).isEqualTo("Check which accounts share your Accounts Centre");
        });
    }

    @Test
    void withoutARefusalTheMitigationsAreCountedAndAccountsNotConcernedLeaveTheTotal() {
        ProgressBook personal = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY,
                Clock.fixed(Instant.parse("2025-09-01T09:00:00Z"), ReportFixture.ZONE));
        personal.completeSetup(new Profile(Region.OTHER, true, UseKind.PERSONAL));
        Account tiktok = personal.addAccount("tiktok", "@me", null, null);
        personal.addAccount("bluesky", "@me.bsky.social", null, null);
        personal.setStep(tiktok.id(), "private-account", StepStatus.DONE, null, null, null);
        personal.setStep(tiktok.id(), "disable-downloads", StepStatus.DONE, null, null, null);

        ProgressReport report = ProgressReport.of(personal, ReportFixture.AS_OF, ReportFixture.ZONE, english, null);

        assertThat(account(report, "@me").protectionDetail()).isEqualTo("No refusal offered: 2 of 6 mitigations done");
        assertThat(account(report, "@me.bsky.social").protectionDetail()).isEqualTo("Not concerned");
        assertThat(report.summary().protection().concerned()).isEqualTo(1);
        assertThat(spaces(report.summary().protection().headline()))
                .isEqualTo("0 of 1 account protected · 1 with no refusal offered · 1 not concerned");
        assertThat(report.severalOwners()).isFalse();
    }

    @Test
    void aWaitThatEndedWithoutAnAnswerSaysWhenItWasExpected() {
        ProgressReport later = ProgressReport.of(book, LocalDate.of(2025, 9, 20), ReportFixture.ZONE, english, null);

        assertThat(account(later, "bob.martin").protection()).isEqualTo(Protection.PENDING);
        assertThat(account(later, "bob.martin").protectionDetail())
                .isEqualTo("Waiting for the platform: its answer was expected by 14 September 2025");
    }

    @Test
    void theHeadlineReadsInFrench() {
        ProgressReport report = ProgressReport.of(book, ReportFixture.AS_OF, ReportFixture.ZONE,
                Messages.of(Language.FR), null);

        assertThat(spaces(report.summary().protection().headline())).isEqualTo("3 comptes protégés sur 8 · dont 1 à revérifier · "
                + "2 exposés · 1 à refuser avant le début de l’entraînement · 1 refusé par la plateforme · "
                + "1 en attente de Meta");
        assertThat(spaces(report.owners().get(1).protection().headline())).startsWith("1 compte protégé sur 3 · ");
        assertThat(account(report, "alice@work.example").protectionDetail())
                .isEqualTo("Protégé depuis le 20 août 2025");
    }

    @Test
    void aWrappedHeadlineNeverSeparatesACountFromItsWordsOrStartsALineWithADot() {
        String english = report(null).summary().protection().headline();
        String french = ProgressReport.of(book, ReportFixture.AS_OF, ReportFixture.ZONE, Messages.of(Language.FR),
                null).summary().protection().headline();

        for (String headline : List.of(english, french)) {
            assertThat(headline).doesNotContain(" ·").contains("\u00A0· ").doesNotContainPattern("\\d ");
        }
        assertThat(english).startsWith("3\u00A0of\u00A08\u00A0accounts protected");
        assertThat(french).startsWith("3\u00A0comptes protégés sur\u00A08");
    }

    @Test
    void anEmptyBookSaysSoInsteadOfCounting() {
        ProgressBook empty = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY,
                Clock.fixed(Instant.parse("2025-09-01T09:00:00Z"), ReportFixture.ZONE));

        ProgressReport report = ProgressReport.of(empty, ReportFixture.AS_OF, ReportFixture.ZONE, english, null);

        assertThat(report.summary().protection().headline()).isEqualTo("No account yet");
        assertThat(report.owners()).isEmpty();
        assertThat(report.actions()).isEmpty();
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
        assertThat(bob.severalOwners()).isFalse();
        assertThat(bob.summary().accounts()).isEqualTo(3);
        assertThat(bob.summary().protection().headline())
                .isEqualTo(report(null).owners().get(1).protection().headline());
        assertThat(bob.actions()).isNotEmpty().allMatch(a -> "Bob".equals(a.owner()));
        assertThat(bob.actions()).extracting(ActionLine::rank).containsExactly(1, 2);
        assertThat(bob.platforms()).extracting(ProgressReport.PlatformFacts::id)
                .containsExactly("facebook", "instagram", "x");
    }

    @Test
    void aGroupSharedWithAnotherOwnerNamesOnlyTheReportsOwnAccounts() {
        ProgressBook family = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY,
                Clock.fixed(Instant.parse("2025-09-01T09:00:00Z"), ReportFixture.ZONE));
        family.completeSetup(new Profile(Region.EU_EEA, true, UseKind.PERSONAL));
        Account alice = family.addAccount("facebook", "alice.fb", "Alice", "family");
        Account bob = family.addAccount("instagram", "@bob", "Bob", "family");

        ProgressReport all = ProgressReport.of(family, ReportFixture.AS_OF, ReportFixture.ZONE, english, null);
        ProgressReport bobs = ProgressReport.of(family, ReportFixture.AS_OF, ReportFixture.ZONE, english, "Bob");

        assertThat(all.actions()).singleElement().satisfies(a -> {
            assertThat(a.accountId()).isEqualTo(alice.id());
            assertThat(a.accounts()).extracting(AccountRef::id).containsExactly(alice.id(), bob.id());
        });
        assertThat(bobs.actions()).singleElement().satisfies(a -> {
            assertThat(a.accountId()).isEqualTo(bob.id());
            assertThat(a.accountLabel()).isEqualTo("@bob");
            assertThat(a.accounts()).extracting(AccountRef::id).containsExactly(bob.id());
            assertThat(a.why()).isEqualTo(all.actions().get(0).why());
        });
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

    /** The text with its no-break spaces read as spaces, to compare it with what a reader sees. */
    private static String spaces(String text) {
        return text.replace('\u00A0', ' ');
    }

    static AccountSection account(ProgressReport report, String label) {
        return report.owners().stream().flatMap(o -> o.accounts().stream())
                .filter(a -> a.label().equals(label)).findFirst().orElseThrow();
    }

    static StepLine step(AccountSection account, String id) {
        return account.steps().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
