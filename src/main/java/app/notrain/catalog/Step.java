package app.notrain.catalog;

import com.google.gson.annotations.SerializedName;
import java.time.LocalDate;
import java.util.List;

/**
 * One thing to do for one account, in order. {@code waitFor}: the wait it ends in, if any;
 * {@code role}: what it does for the account's protection; {@code optional}: it never counts
 * against the account and is never its next action. {@code pathStatus}: how sure the guides are of
 * {@code path} and {@code url} (absent only on a platform the user added).
 */
public record Step(String id, Text title, Text detail, Breadcrumb path, Device device, String url,
                   @SerializedName("wait") Wait waitFor, List<Region> regions, boolean sharedInAccountsCenter,
                   StepRole role, boolean optional,
                   Integer recheckDays, List<String> sources, boolean uncertain,
                   LocalDate checked, PathCheck pathStatus) implements Fact {
    public Step {
        regions = ImmutableLists.copy(regions);
        sources = ImmutableLists.copy(sources);
        device = device == null ? Device.ALL : device;
    }

    public boolean appliesTo(Region region) {
        return regions.isEmpty() || regions.contains(region);
    }

    /** A step that must be done for the account to be protected. */
    public boolean requiredRefusal() {
        return role == StepRole.REFUSE && !optional;
    }
}
