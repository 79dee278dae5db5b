package app.notrain.progress;

import app.notrain.catalog.Platform;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the user recorded, as one immutable snapshot: what the store saves and loads.
 * {@code steps} maps an account id to its step records by step id; {@code preferences} is null
 * until the user chose a language or theme in the window; {@code lastOpened} is the day the window
 * last opened (null before the first time), to say what became due since. {@code letters} are the
 * objection letters, reminders and complaints the user recorded as sent, oldest first (null in a
 * file written before letters existed: read as none). {@code measures} maps an organisation
 * measure's id to the business's record of it (empty in a file written before the organisation
 * checklist existed). {@code team} holds colleagues' reports, one per person, in the order they were
 * first imported (docs/team.md).
 */
public record ProgressData(Profile profile, boolean setupDone, List<Account> accounts,
                           Map<String, Map<String, StepRecord>> steps, List<Change> history,
                           List<Platform> customPlatforms, Preferences preferences, LocalDate lastOpened,
                           List<Letter> letters, Map<String, MeasureRecord> measures, List<TeamSnapshot> team) {

    public static final ProgressData EMPTY = new ProgressData(Profile.DEFAULT, false, List.of(), Map.of(), List.of(),
            List.of(), null, null, List.of(), Map.of(), List.of());

    public ProgressData {
        measures = measures == null ? Map.of() : measures;
        team = team == null ? List.of() : team;
    }

    /** The data as it was before the team roll-up: no colleague's report. */
    public ProgressData(Profile profile, boolean setupDone, List<Account> accounts,
                        Map<String, Map<String, StepRecord>> steps, List<Change> history,
                        List<Platform> customPlatforms, Preferences preferences, LocalDate lastOpened,
                        List<Letter> letters, Map<String, MeasureRecord> measures) {
        this(profile, setupDone, accounts, steps, history, customPlatforms, preferences, lastOpened, letters, measures,
                List.of());
    }

    /** The data of a personal profile with colleagues' reports: no organisation measure. */
    public ProgressData(Profile profile, boolean setupDone, List<Account> accounts,
                        Map<String, Map<String, StepRecord>> steps, List<Change> history,
                        List<Platform> customPlatforms, Preferences preferences, LocalDate lastOpened,
                        List<Letter> letters, List<TeamSnapshot> team) {
        this(profile, setupDone, accounts, steps, history, customPlatforms, preferences, lastOpened, letters, Map.of(),
                team);
    }

    /** The data as it was before the organisation checklist and the team roll-up. */
    public ProgressData(Profile profile, boolean setupDone, List<Account> accounts,
                        Map<String, Map<String, StepRecord>> steps, List<Change> history,
                        List<Platform> customPlatforms, Preferences preferences, LocalDate lastOpened,
                        List<Letter> letters) {
        this(profile, setupDone, accounts, steps, history, customPlatforms, preferences, lastOpened, letters, Map.of(),
                List.of());
    }

    /** The data as it was before letters: none sent. */
    public ProgressData(Profile profile, boolean setupDone, List<Account> accounts,
                        Map<String, Map<String, StepRecord>> steps, List<Change> history,
                        List<Platform> customPlatforms, Preferences preferences, LocalDate lastOpened) {
        this(profile, setupDone, accounts, steps, history, customPlatforms, preferences, lastOpened, List.of());
    }
}
