package app.notrain.cli;

import app.notrain.catalog.CatalogTexts;
import app.notrain.i18n.Messages;
import app.notrain.progress.Account;
import app.notrain.progress.AccountProtection;
import app.notrain.progress.ProtectionTally;
import app.notrain.progress.ProtectionTexts;
import app.notrain.progress.TeamMember;
import app.notrain.progress.TeamSnapshot;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Where accounts stand, in words, for the command line. The switches name every constant, so a
 * new one fails the build here rather than printing a missing key.
 */
final class ProgressWords {
    /** Joins the parts of a headline or of a table cell; the same in both languages. */
    static final String SEPARATOR = " · ";
    private final CatalogTexts texts;
    private final Messages messages;
    private final ProtectionTexts protection;

    ProgressWords(Messages messages) {
        this.messages = messages;
        this.texts = new CatalogTexts(messages);
        this.protection = new ProtectionTexts(messages);
    }

    CatalogTexts texts() {
        return texts;
    }

    /** "4 of 6 accounts protected · 1 exposed · 1 waiting for Meta": only the statuses that occur. */
    String headline(List<AccountProtection> accounts) {
        return plainSpaces(protection.headline(accounts));
    }

    /** "4 of 6 accounts protected", of the accounts concerned, as everywhere. */
    String protectedOf(List<AccountProtection> accounts) {
        return plainSpaces(protection.protectedOf(accounts));
    }

    /** As {@link #headline(List)}, from counts alone: a colleague's report, the company's total. */
    String headline(ProtectionTally tally) {
        return plainSpaces(protection.headline(tally));
    }

    /** A reported account's status: "Protected since 20 August 2025". */
    String reported(TeamSnapshot.TeamAccount account) {
        return plainSpaces(protection.reported(account.protection(), account.protectedOn()));
    }

    /** "Bob’s report is 95 days old: ask for a new one", or null. */
    String staleWarning(TeamMember member) {
        String warning = protection.staleWarning(member);
        return warning == null ? null : plainSpaces(warning);
    }

    /** A terminal wraps where it must: the no-break spaces that help a page wrap would only confuse a grep. */
    private static String plainSpaces(String text) {
        return text.replace('\u00A0', ' ');
    }

    /** "facebook-1 “Personal”". */
    String account(Account account, int maxLabel) {
        return messages.get("cli.status.accountRef", account.id(), cut(account.label(), maxLabel));
    }

    /** The account's status with what supports it, as the window and the report say it. */
    String standing(AccountProtection p, LocalDate today, ZoneId zone) {
        return plainSpaces(protection.standing(p, today, zone));
    }

    /** The next step with the id to record it: "next: Turn off the training switch (turn-off-ai-training)". */
    String next(AccountProtection p) {
        return p.next() == null ? ""
                : messages.get("cli.status.next", texts.text(p.next().step().title()), p.next().step().id());
    }

    /** User text on one line, cut so that one long label cannot push a table's columns off the screen. */
    static String cut(String text, int max) {
        String plain = CliText.plain(text);
        return plain.codePointCount(0, plain.length()) <= max
                ? plain
                : plain.substring(0, plain.offsetByCodePoints(0, max - 1)) + "…";
    }
}
