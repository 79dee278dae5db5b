package app.notrain.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything the app knows about refusing AI training on one platform. One JSON file each.
 * {@code group}: social network or AI assistant (absent on a platform the user added);
 * {@code urlStatus}: how sure the guides are of {@code url}; {@code notVerified}: what the last
 * verification pass could not confirm, and why (absent when everything was checked on
 * {@code checked}).
 */
public record Platform(String id, String name, String company, String accountsCenter, LocalDate checked,
                       OptOutKind optOut, Difficulty difficulty, int minutes, Text summary, Text regionNote,
                       List<Region> optOutRegions, boolean minorsExcluded, Scope scope,
                       List<SettingsPath> settingsPaths, String url, List<KeyDate> dates, List<Step> steps,
                       List<Caveat> caveats, PrivacyScore privacyScore, Integer recheckDays,
                       List<Source> sources, PlatformGroup group, PathCheck urlStatus, Text notVerified) {

    public static final int DEFAULT_RECHECK_DAYS = 90;
    /** Id prefix of the platforms users add themselves: catalog ids never start with it. */
    public static final String USER_ID_PREFIX = "custom-";

    public Platform {
        optOutRegions = ImmutableLists.copy(optOutRegions);
        settingsPaths = ImmutableLists.copy(settingsPaths);
        dates = ImmutableLists.copy(dates);
        steps = ImmutableLists.copy(steps);
        caveats = ImmutableLists.copy(caveats);
        sources = ImmutableLists.copy(sources);
    }

    /** A platform the user added, whose paths are their own and carry no status. */
    public boolean userDefined() {
        return id != null && id.startsWith(USER_ID_PREFIX);
    }

    /** The group the lists show it in; a platform the user added counts as a social network. */
    public PlatformGroup groupOrDefault() {
        return group == null ? PlatformGroup.SOCIAL_NETWORK : group;
    }

    public int recheckDaysOrDefault() {
        return recheckDays == null ? DEFAULT_RECHECK_DAYS : recheckDays;
    }

    /** When {@code fact} was last checked: its own date, or this platform's. */
    public LocalDate checkedOf(Fact fact) {
        return fact.checked() == null ? checked : fact.checked();
    }

    public Optional<Source> source(String sourceId) {
        return sources.stream().filter(s -> s.id().equals(sourceId)).findFirst();
    }

    /**
     * True when users in {@code region} can refuse training here (a switch, a form, a request),
     * false when they can only reduce their exposure, or when the platform does not train at all.
     */
    public boolean offersRefusalIn(Region region) {
        return optOut != OptOutKind.MITIGATIONS_ONLY && optOut != OptOutKind.NOT_NEEDED
                && optOutRegions.contains(region);
    }

    public Optional<Step> step(String stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }
}
