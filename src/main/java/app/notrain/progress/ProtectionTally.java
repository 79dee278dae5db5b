package app.notrain.progress;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many accounts have each protection, when only the statuses are known: a colleague's reported
 * accounts, or a company's total of its own and its team's. Counted as {@link Assessment} counts.
 */
public record ProtectionTally(Map<Protection, Integer> counts) {

    public ProtectionTally {
        Map<Protection, Integer> all = new EnumMap<>(Protection.class);
        for (Protection p : Protection.values()) {
            all.put(p, counts.getOrDefault(p, 0));
        }
        counts = Collections.unmodifiableMap(all);
    }

    public static ProtectionTally of(List<AccountProtection> accounts) {
        return new ProtectionTally(Assessment.counts(accounts));
    }

    public static ProtectionTally ofStatuses(List<Protection> statuses) {
        Map<Protection, Integer> counts = new EnumMap<>(Protection.class);
        statuses.forEach(p -> counts.merge(p, 1, Integer::sum));
        return new ProtectionTally(counts);
    }

    public ProtectionTally plus(ProtectionTally other) {
        Map<Protection, Integer> sum = new EnumMap<>(counts);
        other.counts.forEach((p, n) -> sum.merge(p, n, Integer::sum));
        return new ProtectionTally(sum);
    }

    public int count(Protection protection) {
        return counts.get(protection);
    }

    public int accounts() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** PROTECTED and RECHECK_DUE: the refusal holds. */
    public int protectedCount() {
        return count(Protection.PROTECTED) + count(Protection.RECHECK_DUE);
    }

    /** Every account but the NOT_CONCERNED ones. */
    public int concerned() {
        return accounts() - count(Protection.NOT_CONCERNED);
    }
}
