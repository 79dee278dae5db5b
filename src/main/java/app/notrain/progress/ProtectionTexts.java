package app.notrain.progress;

import app.notrain.catalog.CatalogTexts;
import app.notrain.i18n.Messages;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Protection in words, the same in the window, on the command line and in the report: the
 * headline "4 of 6 accounts protected · 1 exposed · …" and what one account's status means today.
 */
public final class ProtectionTexts {
    /** Between the parts of a headline; the no-break space keeps the dot off the start of a line. */
    public static final String SEPARATOR = "\u00A0· ";

    /**
     * The order of the parts after "4 of 6 accounts protected": the re-checks first (they are among
     * the protected), then the rest, most urgent first.
     */
    private static final List<Protection> PARTS = List.of(Protection.RECHECK_DUE, Protection.EXPOSED,
            Protection.NOT_YET, Protection.REFUSED_BY_PLATFORM, Protection.PENDING, Protection.NO_REFUSAL,
            Protection.NOT_CONCERNED, Protection.UNKNOWN);

    private final Messages messages;
    private final CatalogTexts texts;

    public ProtectionTexts(Messages messages) {
        this.messages = messages;
        this.texts = new CatalogTexts(messages);
    }

    /** One part of a headline: a status and how many accounts have it. */
    public record Part(Protection protection, int count, String text) {
    }

    /** "4 of 6 accounts protected": of the accounts concerned (all but the not concerned ones). */
    public String protectedOf(List<AccountProtection> accounts) {
        return protectedOf(ProtectionTally.of(accounts));
    }

    /** As {@link #protectedOf(List)}, from the counts alone (a colleague's report, a company's total). */
    public String protectedOf(ProtectionTally tally) {
        if (tally.accounts() == 0) {
            return messages.get("protection.noAccount");
        }
        return tally.concerned() == 0 ? messages.get("protection.noneConcerned")
                : messages.get("protection.headline", tally.protectedCount(), tally.concerned());
    }

    /** The other statuses that occur, in words, in the headline's order. */
    public List<Part> parts(List<AccountProtection> accounts) {
        return parts(ProtectionTally.of(accounts), accounts);
    }

    /** "4 of 6 accounts protected · incl. 1 to re-check · 1 exposed · 1 waiting for Meta". */
    public String headline(List<AccountProtection> accounts) {
        return headline(ProtectionTally.of(accounts), accounts);
    }

    /** As {@link #headline(List)}, from the counts alone: "1 waiting for the platforms", never naming one. */
    public String headline(ProtectionTally tally) {
        return headline(tally, List.of());
    }

    private String headline(ProtectionTally tally, List<AccountProtection> accounts) {
        List<String> all = new ArrayList<>();
        all.add(protectedOf(tally));
        parts(tally, accounts).forEach(p -> all.add(p.text()));
        return String.join(SEPARATOR, all);
    }

    private List<Part> parts(ProtectionTally tally, List<AccountProtection> accounts) {
        boolean noneConcerned = tally.concerned() == 0;
        List<Part> parts = new ArrayList<>();
        for (Protection p : PARTS) {
            int n = tally.count(p);
            // "No account concerned" already says what "3 not concerned" would.
            if (n > 0 && !(p == Protection.NOT_CONCERNED && noneConcerned)) {
                parts.add(new Part(p, n, count(p, n, accounts)));
            }
        }
        return parts;
    }

    /** "1 waiting for Meta" when one company has them all, else "3 waiting for the platforms". */
    private String count(Protection p, int n, List<AccountProtection> accounts) {
        if (p == Protection.PENDING && !accounts.isEmpty()) {
            List<String> companies = accounts.stream().filter(a -> a.protection() == Protection.PENDING)
                    .map(a -> a.platform().company()).distinct().toList();
            if (companies.size() == 1) {
                return messages.get("protection.count.PENDING.company", n, companies.get(0));
            }
        }
        return messages.get("protection.count." + p.name(), n);
    }

    /**
     * A colleague's reported account: only what the report kept, its status and the day the refusal
     * was done ("Protected since 20 August 2025", "Exposed").
     */
    public String reported(Protection protection, LocalDate protectedOn) {
        return protection.isProtected() && protectedOn != null
                ? messages.get("protection.standing." + protection.name(), texts.date(protectedOn))
                : messages.label(protection);
    }

    /** "Reported by Alice on 30 November 2026". */
    public String reportedBy(TeamMember member) {
        return messages.get("team.reportedBy", member.person(), texts.date(member.reportedOn()));
    }

    /** "Bob’s report is 95 days old: ask for a new one", or null when it is recent enough. */
    public String staleWarning(TeamMember member) {
        return member.stale() ? messages.get("team.stale", member.person(), member.ageInDays()) : null;
    }

    /**
     * What the account's status means today, status included: "Protected since 20 August 2025",
     * "Exposed: training began on 27 May 2025", "Not yet used: 33 days left to refuse, …". Just
     * the status when there is nothing to add.
     */
    public String standing(AccountProtection p, LocalDate today, ZoneId zone) {
        String label = messages.label(p.protection());
        return switch (p.protection()) {
            case PROTECTED, RECHECK_DUE -> messages.get("protection.standing." + p.protection().name(),
                    texts.date(p.protectedOn()));
            case EXPOSED -> p.trainingStart() == null ? label
                    : messages.get("protection.standing.EXPOSED", texts.when(p.trainingStart()));
            case NOT_YET -> messages.get("protection.standing.NOT_YET", p.daysLeft(today), texts.when(p.trainingStart()));
            case PENDING -> p.letters() != null && p.letters().stage() == LetterFollowUp.Stage.AWAITING_ANSWER
                    ? messages.get("protection.standing.ANSWER_DUE", texts.date(p.letters().answerDue()))
                    : p.waitUntil() == null ? label
                    : p.waitUntil().isBefore(today) ? messages.get("protection.standing.WAIT_OVER", texts.date(p.waitUntil()))
                    : messages.get("protection.standing.PENDING", texts.date(p.waitUntil()));
            case REFUSED_BY_PLATFORM -> p.next() == null || p.next().record() == null ? label
                    : messages.get("protection.standing.REFUSED_BY_PLATFORM",
                    texts.date(LocalDate.ofInstant(p.next().record().changedAt(), zone)));
            case NO_REFUSAL -> p.mitigations() == 0 ? label
                    : messages.get("protection.standing.NO_REFUSAL", p.mitigationsDone(), p.mitigations());
            case NOT_CONCERNED, UNKNOWN -> label;
        };
    }

}
