package app.notrain.store;

import app.notrain.progress.TeamSnapshot;
import app.notrain.progress.TeamSnapshot.TeamAccount;
import app.notrain.progress.TeamSnapshot.TeamStep;
import java.time.Instant;
import java.time.LocalDate;

/** What a colleague's report kept in the progress file must have, as an import checked it. */
final class TeamSnapshotCheck {
    private TeamSnapshotCheck() {
    }

    /** The first required part that is missing (or unknown to this NoTrain), in words; null when none. */
    static String missing(TeamSnapshot s) {
        if (s.person() == null || s.person().isBlank()) {
            return "\"person\"";
        }
        if (s.exportedAt() == null || s.asOf() == null || s.importedAt() == null) {
            return "\"exportedAt\", \"asOf\" or \"importedAt\"";
        }
        for (TeamAccount a : s.accounts()) {
            if (a == null || a.id() == null || a.platformId() == null || a.platform() == null || a.label() == null) {
                return "id, platform or label for one of its accounts";
            }
            if (a.protection() == null) {
                return "known \"protection\" for the account \"" + ProgressJsonReader.clip(a.id()) + "\" (a newer "
                        + "NoTrain may have written it)";
            }
            for (TeamStep step : a.steps()) {
                if (step == null || step.id() == null || step.status() == null) {
                    return "step id or known status in the account \"" + ProgressJsonReader.clip(a.id()) + "\"";
                }
            }
        }
        return null;
    }

    /** The name of the first date outside the years the store accepts; null when none. */
    static String dateOutside(TeamSnapshot s) {
        if (outside(s.exportedAt()) || outside(s.importedAt())) {
            return outside(s.exportedAt()) ? "exportedAt" : "importedAt";
        }
        if (outside(s.asOf()) || outside(s.catalogDate())) {
            return outside(s.asOf()) ? "asOf" : "catalogDate";
        }
        for (TeamAccount a : s.accounts()) {
            if (outside(a.protectedOn())) {
                return "protectedOn";
            }
            for (TeamStep step : a.steps()) {
                if (outside(step.changed()) || outside(step.due())) {
                    return outside(step.changed()) ? "changed" : "due";
                }
            }
        }
        return null;
    }

    private static boolean outside(Instant instant) {
        return instant != null && !StoreDates.inRange(instant);
    }

    private static boolean outside(LocalDate day) {
        return day != null && !StoreDates.inRange(day);
    }
}
