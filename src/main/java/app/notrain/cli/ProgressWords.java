package app.notrain.cli;

import app.notrain.catalog.CatalogTexts;
import app.notrain.i18n.Messages;
import app.notrain.progress.Account;
import app.notrain.progress.AccountProtection;
import app.notrain.progress.Protection;
import app.notrain.progress.Situation;
import app.notrain.progress.StepProgress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where accounts stand, in words, for the command line. The switches name every constant, so a
 * new one fails the build here rather than printing a missing key.
 */
final class ProgressWords {
    /** Joins the parts of a headline or of a table cell; the same in both languages. */
    static final String SEPARATOR = " · ";
    /**
     * The order of the headline after "4 of 6 accounts protected": from nearly protected to
     * exposed, then the accounts where refusing is not the question.
     */
    private static final List<Protection> HEADLINE = List.of(Protection.RECHECK_DUE, Protection.PENDING,
            Protection.REFUSED_BY_PLATFORM, Protection.NOT_YET, Protection.EXPOSED, Protection.NO_REFUSAL,
            Protection.NOT_CONCERNED, Protection.UNKNOWN);

    private final CatalogTexts texts;
    private final Messages messages;

    ProgressWords(Messages messages) {
        this.messages = messages;
        this.texts = new CatalogTexts(messages);
    }

    CatalogTexts texts() {
        return texts;
    }

    /** "4 of 6 accounts protected · 1 waiting for the platform · 1 exposed": only the statuses that occur. */
    String headline(Map<Protection, Integer> counts, int protectedCount, int accounts) {
        List<String> parts = new ArrayList<>();
        parts.add(protectedOf(protectedCount, accounts));
        for (Protection p : HEADLINE) {
            int n = counts.getOrDefault(p, 0);
            if (n > 0) {
                parts.add(count(p, n));
            }
        }
        return String.join(SEPARATOR, parts);
    }

    /** "4 of 6 accounts protected": protected counts re-checks due too, as in the JSON summary. */
    String protectedOf(int protectedCount, int accounts) {
        return messages.get("cli.status.protectedOf", protectedCount, accounts);
    }

    private String count(Protection protection, int n) {
        return switch (protection) {
            case EXPOSED -> messages.get("cli.status.count.EXPOSED", n);
            case NOT_YET -> messages.get("cli.status.count.NOT_YET", n);
            case REFUSED_BY_PLATFORM -> messages.get("cli.status.count.REFUSED_BY_PLATFORM", n);
            case PENDING -> messages.get("cli.status.count.PENDING", n);
            case RECHECK_DUE -> messages.get("cli.status.count.RECHECK_DUE", n);
            case NO_REFUSAL -> messages.get("cli.status.count.NO_REFUSAL", n);
            case NOT_CONCERNED -> messages.get("cli.status.count.NOT_CONCERNED", n);
            case UNKNOWN -> messages.get("cli.status.count.UNKNOWN", n);
            case PROTECTED -> throw new IllegalArgumentException("protected accounts are the headline's first part");
        };
    }

    /** "facebook-1 “Personal”". */
    String account(Account account, int maxLabel) {
        return messages.get("cli.status.accountRef", account.id(), cut(account.label(), maxLabel));
    }

    /**
     * What supports the account's protection, then its next step with the id to record it:
     * "since 22 May 2025", "answer expected by 24 May 2025", "33 days left · next: … (turn-off-ai-training)".
     */
    String detail(AccountProtection p, LocalDate today) {
        List<String> parts = new ArrayList<>();
        switch (p.protection()) {
            case PROTECTED, RECHECK_DUE -> parts.add(messages.get("cli.status.protectedSince",
                    texts.date(p.protectedOn())));
            case PENDING -> {
                StepProgress next = p.next();
                if (next != null && next.situation() == Situation.WAIT_OVER) {
                    parts.add(messages.get("cli.status.waitOver", texts.date(next.due())));
                } else if (p.waitUntil() != null) {
                    parts.add(messages.get("cli.status.waitingUntil", texts.date(p.waitUntil())));
                }
            }
            case NOT_YET -> parts.add(messages.get("cli.status.daysLeft", p.daysLeft(today)));
            case EXPOSED, REFUSED_BY_PLATFORM, NO_REFUSAL, NOT_CONCERNED, UNKNOWN -> {
                // The protection says it all; only the next step follows.
            }
        }
        if (p.next() != null) {
            parts.add(messages.get("cli.status.next", texts.text(p.next().step().title()), p.next().step().id()));
        }
        return String.join(SEPARATOR, parts);
    }

    /** User text on one line, cut so that one long label cannot push a table's columns off the screen. */
    static String cut(String text, int max) {
        String plain = CliText.plain(text);
        return plain.codePointCount(0, plain.length()) <= max
                ? plain
                : plain.substring(0, plain.offsetByCodePoints(0, max - 1)) + "…";
    }
}
