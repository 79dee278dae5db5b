package app.notrain.report;

import app.notrain.catalog.CatalogReader;
import app.notrain.catalog.Region;
import app.notrain.progress.MovingClock;
import app.notrain.progress.Account;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.ProgressData;
import app.notrain.progress.Profile;
import app.notrain.progress.StepStatus;
import app.notrain.progress.UseKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A small business's progress on the real catalog, recorded over the summer of 2025: eight accounts on
 * Facebook, Instagram, LinkedIn and X, two owners with several accounts each and three unowned company
 * accounts, with done, waiting, wait-over, refused, started and re-check-due steps. On the report's day,
 * 1 September 2025, Alice's two accounts and Bob's X are protected, Bob's Instagram objection was
 * refused and his Facebook one awaits its confirmation, the company's LinkedIn page has 63 days left
 * before training starts, and its Facebook and Instagram, one Accounts Centre group, are exposed
 * (one action covers both).
 */
final class ReportFixture {
    static final LocalDate AS_OF = LocalDate.of(2025, 9, 1);
    static final ZoneId ZONE = ZoneOffset.UTC;

    private ReportFixture() {
    }

    static ProgressBook book() {
        MovingClock clock = new MovingClock(Instant.parse("2025-05-10T09:00:00Z"), ZONE);
        ProgressBook book = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY, clock);
        book.completeSetup(new Profile(Region.EU_EEA, true, UseKind.BUSINESS));
        Account aliceInstagram = book.addAccount("instagram", "@alice.shop", "Alice", "Shop");
        Account bobInstagram = book.addAccount("instagram", "@bob.photos", "Bob", null);
        Account aliceLinkedin = book.addAccount("linkedin", "alice@work.example", "Alice", null);
        Account page = book.addAccount("linkedin", "Company page", null, null);
        Account bobX = book.addAccount("x", "@bob", "Bob", null);
        Account bobFacebook = book.addAccount("facebook", "bob.martin", "Bob", null);
        book.addAccount("facebook", "ACME Facebook page", null, "ACME");
        book.addAccount("instagram", "@acme", null, "ACME");

        clock.set("2025-05-12T10:00:00Z");
        book.setStep(aliceInstagram.id(), "check-accounts-center", StepStatus.DONE,
                "Only the shop account is in this Accounts Centre", null, null);
        book.setStep(aliceInstagram.id(), "submit-objection", StepStatus.WAITING, null, null, null);
        clock.set("2025-05-15T08:30:00Z");
        book.setStep(aliceInstagram.id(), "submit-objection", StepStatus.DONE, null,
                "Confirmation e-mail of 15 May 2025, ref. 8841", null);
        book.setStep(aliceInstagram.id(), "keep-proof", StepStatus.DONE, null, "screenshots/ig-objection.png", null);

        clock.set("2025-06-02T14:00:00Z");
        book.setStep(bobInstagram.id(), "submit-objection", StepStatus.REFUSED,
                "Meta answered that the objection gave no reason", "E-mail of 2 June 2025", null);

        clock.set("2025-07-20T09:00:00Z");
        book.setStep(bobX.id(), "uncheck-training", StepStatus.DONE, null, null, null);
        book.setStep(bobX.id(), "delete-grok-history", StepStatus.WAITING, null, null, null);

        clock.set("2025-08-20T16:00:00Z");
        book.setStep(aliceLinkedin.id(), "turn-off-ai-training", StepStatus.DONE, null, null, null);
        book.setStep(aliceLinkedin.id(), "object-other-processing", StepStatus.WAITING, "Sent from the help form",
                null, LocalDate.of(2025, 9, 10));

        book.setMeasure("train-team", StepStatus.DONE, "Session for the whole team", "Slides in the shared drive",
                "Alice", null);
        book.setMeasure("social-media-charter", StepStatus.STARTED, null, null, "Bob", null);

        clock.set("2025-08-28T11:00:00Z");
        book.setStep(page.id(), "open-ai-data-setting", StepStatus.STARTED, "Needs the page admin", null, null);
        clock.set("2025-08-29T11:00:00Z");
        book.renameAccount(page.id(), "ACME company page");

        clock.set("2025-08-31T18:00:00Z");
        book.setStep(bobFacebook.id(), "submit-objection", StepStatus.WAITING, null, "Screenshot of the sent form",
                LocalDate.of(2025, 9, 14));
        clock.set("2025-09-01T09:00:00Z");
        return book;
    }
}
