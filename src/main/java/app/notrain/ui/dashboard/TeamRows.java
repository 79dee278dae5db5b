package app.notrain.ui.dashboard;

import app.notrain.i18n.Messages;
import app.notrain.progress.AccountProtection;
import app.notrain.progress.Protection;
import app.notrain.progress.ProtectionTexts;
import app.notrain.progress.TeamMember;
import app.notrain.progress.TeamSnapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * Colleagues' reports as the dashboard lists them: for each person a heading (their headline, when
 * they reported, a warning when the report is old), then their accounts, read-only. One flat list, so
 * that a virtualised ListView shows 40 people and 300 accounts with a few dozen cells.
 */
final class TeamRows {
    private TeamRows() {
    }

    /**
     * One line of the list. A person's heading has {@code account} null; an account line has its
     * protection ({@code protection}) in words ({@code standing}) and who reported it when.
     */
    record Row(String person, String account, String headline, String standing, String reported, String stale,
               Protection protection, int accounts) {
        boolean isPerson() {
            return account == null;
        }
    }

    static List<Row> of(List<TeamMember> team, Messages m) {
        ProtectionTexts words = new ProtectionTexts(m);
        List<Row> rows = new ArrayList<>();
        for (TeamMember member : team) {
            String reported = words.reportedBy(member);
            rows.add(new Row(member.person(), null, words.headline(member.tally()), null, reported,
                    words.staleWarning(member), null, member.snapshot().accounts().size()));
            for (TeamSnapshot.TeamAccount a : member.snapshot().accounts()) {
                rows.add(new Row(member.person(), a.platform() + " · " + a.label(), null,
                        words.reported(a.protection(), a.protectedOn()), reported, null, a.protection(), 0));
            }
        }
        return List.copyOf(rows);
    }

    /** "Company total: 7 of 12 accounts protected · 3 exposed", or null without a team. */
    static String companyHeadline(List<AccountProtection> own, List<TeamMember> team, Messages m) {
        return team.isEmpty() ? null
                : m.get("dashboard.company", new ProtectionTexts(m).headline(TeamMember.company(own, team)));
    }

    /** The stale reports' warnings, for the line under the headline. */
    static List<String> staleWarnings(List<TeamMember> team, Messages m) {
        ProtectionTexts words = new ProtectionTexts(m);
        return team.stream().filter(TeamMember::stale).map(words::staleWarning).toList();
    }
}
