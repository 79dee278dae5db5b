package app.notrain.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.CatalogReader;
import app.notrain.catalog.Region;
import app.notrain.i18n.Language;
import app.notrain.i18n.Messages;
import app.notrain.progress.Account;
import app.notrain.progress.MovingClock;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.ProgressData;
import app.notrain.progress.Profile;
import app.notrain.progress.Protection;
import app.notrain.progress.StepStatus;
import app.notrain.progress.TeamSnapshot;
import app.notrain.progress.UseKind;
import app.notrain.report.ProgressReport.AuditLine;
import app.notrain.report.ProgressReport.OwnerSection;
import app.notrain.report.ProgressReport.Reversal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a DPO files: the cover, the persons, the audit log and the appendix of facts, in the report's model. */
class DpoReportTest {
    private final ProgressBook book = ReportFixture.book();

    private ProgressReport report(ProgressBook of, String owner) {
        return ProgressReport.of(of, ReportFixture.AS_OF, ReportFixture.ZONE, Messages.of(Language.EN), owner);
    }

    @Test
    void theCoverNamesTheOrganisationTheAuthorTheTimeOfExportThePeriodAndTheGuides() {
        ProgressReport.Cover cover = report(book, null).cover();

        assertThat(cover.name()).isEqualTo("ACME SARL");
        assertThat(cover.author()).isEqualTo("Claire Dubois, DPO");
        assertThat(cover.exportedAt()).isEqualTo(Instant.parse("2025-09-01T09:00:00Z"));
        assertThat(cover.periodFrom()).as("the first change recorded").isEqualTo(LocalDate.of(2025, 5, 10));
        assertThat(cover.guidesDate()).isEqualTo(book.catalog().guidesDate());
        assertThat(cover.guidesOld()).isFalse();
        ProgressReport report = report(book, null);
        assertThat(report.period()).isEqualTo("10 May 2025 to 1 September 2025");
        assertThat(report.dateTime(cover.exportedAt())).isEqualTo("1 September 2025, 09:00");
        assertThat(report.zoneText()).isEqualTo("UTC");
    }

    @Test
    void guidesOlderThanSixMonthsAtTheReportsDayAreSaidToBeOld() {
        LocalDate later = book.catalog().guidesDate().plusMonths(7);

        ProgressReport report = ProgressReport.of(book, later, ReportFixture.ZONE, Messages.of(Language.EN), null);

        assertThat(report.cover().guidesOld()).isTrue();
    }

    @Test
    void aPersonsOwnReportIsHeadedWithTheirNameNotAnOwner() {
        ProgressBook personal = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY,
                new MovingClock(Instant.parse("2025-08-01T10:00:00Z"), ReportFixture.ZONE));
        personal.completeSetup(new Profile(Region.EU_EEA, true, UseKind.PERSONAL).withNames(null, "Zoé Martin"));
        personal.addAccount("instagram", "@zoe", null, null);

        ProgressReport report = report(personal, null);

        assertThat(report.cover().name()).isEqualTo("Zoé Martin");
        assertThat(report.owners()).extracting(OwnerSection::name).containsExactly("Zoé Martin");
    }

    @Test
    void thePersonsAreTheOwnersEachWithTheirProtectionAndSteps() {
        ProgressReport report = report(book, null);

        assertThat(report.owners()).extracting(OwnerSection::name).containsExactly("Alice", "Bob", "No owner");
        OwnerSection bob = report.owners().get(1);
        assertThat(bob.protection().protectedAccounts()).isEqualTo(1);
        assertThat(bob.stepsDone()).isEqualTo(bob.accounts().stream().mapToInt(a -> a.done()).sum()).isEqualTo(1);
        assertThat(report.owners().stream().mapToInt(OwnerSection::stepsApplicable).sum())
                .isEqualTo(report.summary().stepsApplicable());
    }

    @Test
    void theAuditLogHasEveryChangeOldestFirstWithTheUndoneOneMarked() {
        List<AuditLine> log = report(book, null).auditLog();

        assertThat(log).hasSize(book.history().size());
        assertThat(log).extracting(AuditLine::at).isSorted();
        assertThat(log.get(0).text()).isEqualTo("Set-up answers saved");
        AuditLine mistake = log.stream().filter(l -> l.text().equals(
                "X / Grok · @bob: Open the Grok data-sharing settings → Done")).findFirst().orElseThrow();
        assertThat(mistake.reversal()).isEqualTo(new Reversal(Reversal.Kind.UNDONE,
                Instant.parse("2025-07-20T09:06:00Z")));
        assertThat(report(book, null).reversalText(mistake)).isEqualTo("Undone on 20 July 2025, 09:06");
        AuditLine undo = log.get(log.indexOf(mistake) + 1);
        assertThat(undo.undo()).isTrue();
        assertThat(undo.reversal()).isNull();
        assertThat(undo.text()).startsWith("Undone: ");
        assertThat(log.stream().filter(l -> l.reversal() != null)).hasSize(1);
    }

    @Test
    void aRedoMarksTheUndoAsRedone() {
        MovingClock clock = new MovingClock(Instant.parse("2025-08-01T10:00:00Z"), ReportFixture.ZONE);
        ProgressBook redone = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY, clock);
        Account account = redone.addAccount("linkedin", "me", null, null);
        clock.set("2025-08-01T10:01:00Z");
        redone.setStep(account.id(), "turn-off-ai-training", StepStatus.DONE, null, null, null);
        clock.set("2025-08-01T10:02:00Z");
        redone.undo();
        clock.set("2025-08-01T10:03:00Z");
        redone.redo();

        List<AuditLine> log = report(redone, null).auditLog();

        assertThat(log).hasSize(4);
        assertThat(log.get(1).reversal()).isEqualTo(new Reversal(Reversal.Kind.UNDONE,
                Instant.parse("2025-08-01T10:02:00Z")));
        assertThat(log.get(2).reversal()).isEqualTo(new Reversal(Reversal.Kind.REDONE,
                Instant.parse("2025-08-01T10:03:00Z")));
        assertThat(log.get(3).undo()).isTrue();
        assertThat(log.get(3).reversal()).isNull();
        assertThat(log.get(3).text()).startsWith("Redone: ");
    }

    @Test
    void anOwnersReportLogsOnlyTheirAccountsChanges() {
        List<AuditLine> log = report(book, "bob").auditLog();

        assertThat(log).isNotEmpty().allSatisfy(l -> assertThat(l.text()).containsAnyOf("@bob", "bob.martin"));
        assertThat(log).extracting(AuditLine::text).doesNotContain("Set-up answers saved");
        assertThat(report(book, "bob").cover().periodFrom()).isEqualTo(LocalDate.of(2025, 5, 10));
    }

    @Test
    void keyDatesAreShownOncePerGroupOfPlatformsAndEverySourceOnce() {
        ProgressReport report = report(book, null);

        assertThat(report.dateGroups()).extracting(ProgressReport.DatesGroup::names)
                .containsExactly("LinkedIn", "Facebook, Instagram", "X / Grok");
        List<ProgressReport.CitedSource> sources = report.citedSources();
        assertThat(new HashSet<>(sources.stream().map(ProgressReport.CitedSource::source).toList()))
                .hasSameSizeAs(sources);
        long cited = report.platforms().stream().mapToLong(p -> p.sources().size()).sum();
        assertThat(sources.stream().mapToLong(s -> s.platforms().size()).sum()).isEqualTo(cited);
        assertThat(sources).anySatisfy(s -> assertThat(s.platforms()).contains("Facebook", "Instagram"));
    }

    @Test
    void withColleaguesReportsTheFirstPageCountsEveryoneAndListsThemAsPersons() throws Exception {
        book.putTeamSnapshot(new TeamSnapshot("Dana", Instant.parse("2025-08-30T09:00:00Z"), LocalDate.of(2025, 8, 30),
                "2026.12.01", LocalDate.of(2026, 12, 1), Instant.parse("2025-08-31T08:00:00Z"), List.of(
                new TeamSnapshot.TeamAccount("linkedin-1", "linkedin", "LinkedIn", "dana@acme", null,
                        Protection.PROTECTED, LocalDate.of(2025, 8, 29), List.of()))));

        ProgressReport report = report(book, null);

        assertThat(report.team()).extracting(ProgressReport.TeamSection::person).containsExactly("Dana");
        assertThat(report.company().concerned()).isEqualTo(report.summary().protection().concerned() + 1);
        assertThat(report.headline()).isEqualTo(report.company().headline())
                .isNotEqualTo(report.summary().protection().headline());
        java.io.StringWriter markdown = new java.io.StringWriter();
        new MarkdownReport().write(report, markdown);
        assertThat(markdown.toString()).contains("| Dana | ", "**Company total: ");
    }
}
