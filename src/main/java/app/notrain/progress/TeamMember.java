package app.notrain.progress;

import app.notrain.catalog.Platform;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A colleague in the roll-up, as of a day: their snapshot, how their accounts stand, and whether the
 * report is older than the re-check interval (then the DPO asks for a new one).
 */
public record TeamMember(TeamSnapshot snapshot, LocalDate reportedOn, long ageInDays, boolean stale,
                         ProtectionTally tally) {

    /** A report older than this many days is stale: the interval after which a done step is re-checked. */
    public static final int STALE_AFTER_DAYS = Platform.DEFAULT_RECHECK_DAYS;

    public static TeamMember of(TeamSnapshot snapshot, LocalDate today, ZoneId zone) {
        long age = snapshot.ageInDays(today, zone);
        return new TeamMember(snapshot, snapshot.reportedOn(zone), age, age > STALE_AFTER_DAYS,
                ProtectionTally.ofStatuses(snapshot.accounts().stream().map(TeamSnapshot.TeamAccount::protection)
                        .toList()));
    }

    /** Every snapshot of {@code book}'s team, in the order they were first imported. */
    public static List<TeamMember> of(List<TeamSnapshot> team, LocalDate today, ZoneId zone) {
        return team.stream().map(s -> of(s, today, zone)).toList();
    }

    public String person() {
        return snapshot.person();
    }

    /** The company's total: the user's own accounts and every colleague's. */
    public static ProtectionTally company(List<AccountProtection> own, List<TeamMember> team) {
        ProtectionTally total = ProtectionTally.of(own);
        for (TeamMember member : team) {
            total = total.plus(member.tally());
        }
        return total;
    }
}
