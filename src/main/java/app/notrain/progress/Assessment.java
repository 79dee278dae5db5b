package app.notrain.progress;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every account's protection and the ranked next actions, as of a day: what the dashboard, {@code
 * notrain status} and the report all show, computed once per change.
 */
public record Assessment(LocalDate today, List<AccountProtection> accounts, List<OpenAction> actions) {

    public static Assessment of(ProgressBook book, LocalDate today, ZoneId zone) {
        List<AccountProtection> protections = AccountOverview.of(book, today).stream()
                .map(o -> AccountProtection.of(o, book.profile(), today, zone))
                .toList();
        return new Assessment(today, protections, UrgencyRanker.rank(protections, zone));
    }

    /** How many accounts have each protection, every status present (zero when none). */
    public Map<Protection, Integer> counts() {
        return counts(accounts);
    }

    public static Map<Protection, Integer> counts(List<AccountProtection> protections) {
        Map<Protection, Integer> counts = new EnumMap<>(Protection.class);
        for (Protection p : Protection.values()) {
            counts.put(p, 0);
        }
        protections.forEach(a -> counts.merge(a.protection(), 1, Integer::sum));
        return counts;
    }

    /** Accounts whose refusal holds (protected, re-check due or not). */
    public int protectedCount() {
        return protectedCount(accounts);
    }

    public static int protectedCount(List<AccountProtection> protections) {
        return (int) protections.stream().filter(a -> a.protection().isProtected()).count();
    }

    /** Accounts AI training concerns: all but the NOT_CONCERNED ones. What "x of y protected" counts from. */
    public int concerned() {
        return concerned(accounts);
    }

    public static int concerned(List<AccountProtection> protections) {
        return (int) protections.stream().filter(a -> a.protection() != Protection.NOT_CONCERNED).count();
    }
}
