package app.notrain.progress;

import app.notrain.catalog.Controller;
import app.notrain.catalog.LegalContacts;
import app.notrain.catalog.OptOutKind;
import app.notrain.catalog.Platform;
import app.notrain.catalog.Region;
import app.notrain.i18n.Language;
import app.notrain.i18n.Messages;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When "Write my objection" is offered, which letter to write, and writing and recording it: the
 * one place the window, the dashboard and {@code notrain letter} ask (docs/letters.md).
 */
public final class Letters {
    private Letters() {
    }

    /**
     * True when the account's card and its next action offer a letter: the GDPR gives the user the
     * right to object (EU/EEA or UK resident, a controller in the catalog) and either the
     * platform's refusal is a form or there is none, the platform refused the objection, or
     * letters are already under way for the account.
     */
    public static boolean offered(AccountProtection account, Profile profile, LegalContacts contacts) {
        Platform platform = account.platform();
        if (platform == null || !gdprResident(profile.region()) || contacts.controller(platform.id()).isEmpty()) {
            return false;
        }
        OptOutKind kind = platform.optOut();
        boolean noSwitch = kind == OptOutKind.OBJECTION_FORM || kind == OptOutKind.MITIGATIONS_ONLY
                || !platform.offersRefusalIn(profile.region());
        return noSwitch || account.protection() == Protection.REFUSED_BY_PLATFORM || account.letters() != null;
    }

    /** The letter to write now: the reminder or complaint the follow-up asks for, else the objection. */
    public static LetterKind suggested(AccountProtection account) {
        LetterFollowUp f = account.letters();
        if (f != null && f.nextLetter() != null) {
            return f.nextLetter();
        }
        if (account.protection() == Protection.REFUSED_BY_PLATFORM) {
            return LetterKind.COMPLAINT;
        }
        return LetterKind.OBJECTION;
    }

    /** Writes a letter for the account from what the book and the catalog know. */
    public static LetterWriter.Draft write(ProgressBook book, LegalContacts contacts, Account account, LetterKind kind,
                                           String grounds, Language language, LocalDate today)
            throws LetterException {
        return write(book, contacts, account, kind, grounds, language, today, book.profile().sender());
    }

    /** The same, signed by {@code sender} (what the window previews before keeping it in the profile). */
    public static LetterWriter.Draft write(ProgressBook book, LegalContacts contacts, Account account, LetterKind kind,
                                           String grounds, Language language, LocalDate today, Sender sender)
            throws LetterException {
        Platform platform = book.platform(account.platformId()).orElseThrow(
                () -> new LetterException(LetterException.Problem.NOT_OFFERED));
        Profile profile = book.profile();
        if (!gdprResident(profile.region())) {
            throw new LetterException(LetterException.Problem.NOT_OFFERED);
        }
        Controller controller = contacts.controller(platform.id())
                .orElseThrow(() -> new LetterException(LetterException.Problem.NOT_OFFERED));
        String country = profile.region() == Region.UK ? "GB" : sender == null ? null : sender.country();
        LocalDate formRefused = book.refusalStep(account)
                .flatMap(s -> book.record(account.id(), s.id()))
                .filter(r -> r.status() == StepStatus.REFUSED)
                .map(r -> LocalDate.ofInstant(r.changedAt(), zone(book)))
                .orElse(null);
        return LetterWriter.write(new LetterWriter.Request(kind, language, account, platform, profile.region(),
                controller, contacts.authority(controller.leadAuthority()).orElse(null),
                contacts.authorityOf(country).orElse(null), contacts.othersUrl(), sender, grounds,
                book.letters(account.id()), formRefused, today));
    }

    /**
     * Records the draft as sent on {@code sentOn}: kept in full with its date, channel and
     * reference, noted on the account's refusal step, and the clock started.
     */
    public static Letter recordSent(ProgressBook book, Account account, LetterWriter.Draft draft, LocalDate sentOn,
                                    String channel, String reference) {
        Letter letter = new Letter(account.id(), draft.kind(), sentOn, blankToNull(channel), blankToNull(reference),
                draft.language().code(), draft.text(), null, null, null);
        Messages m = Messages.of(draft.language());
        String date = new app.notrain.catalog.CatalogTexts(m).date(sentOn);
        String note = letter.channel() == null ? m.get("letter.note." + draft.kind().name(), date)
                : m.get("letter.noteBy." + draft.kind().name(), date, letter.channel());
        book.recordLetter(letter, note);
        return letter;
    }

    /** The controller, if the catalog has one for the account's platform. */
    public static Optional<Controller> controller(LegalContacts contacts, Account account) {
        return contacts.controller(account.platformId());
    }

    /** The GDPR (or the UK GDPR) protects the user where they live. */
    static boolean gdprResident(Region region) {
        return region == Region.EU_EEA || region == Region.UK;
    }

    private static ZoneId zone(ProgressBook book) {
        return book.zone();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
