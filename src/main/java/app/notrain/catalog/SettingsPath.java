package app.notrain.catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * Where the platform's setting lives on one kind of device, with how sure the guides are of it:
 * {@code status}, {@code seen}, {@code lookFor} and {@code sources} as in {@link PathCheck}. A
 * platform the user adds has no status (the path is the user's own).
 */
public record SettingsPath(Device device, Breadcrumb path, PathStatus status, LocalDate seen, Text lookFor,
                           List<String> sources) {
    public SettingsPath {
        sources = ImmutableLists.copy(sources);
    }

    /** A path the user typed for a platform of their own. */
    public SettingsPath(Device device, Breadcrumb path) {
        this(device, path, null, null, null, List.of());
    }

    public PathCheck check() {
        return status == null ? null : new PathCheck(status, seen, lookFor, sources);
    }
}
