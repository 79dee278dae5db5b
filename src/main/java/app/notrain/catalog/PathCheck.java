package app.notrain.catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * The status of one path or link: {@code seen} is the day it was seen in a primary source or the
 * live app (required when {@link PathStatus#VERIFIED}); {@code lookFor} says what to look for
 * instead (required when {@link PathStatus#OUTDATED}); {@code sources} name where it was seen
 * (when empty, the sources of the step or platform it belongs to).
 */
public record PathCheck(PathStatus status, LocalDate seen, Text lookFor, List<String> sources) {
    public PathCheck {
        sources = ImmutableLists.copy(sources);
    }

    public static PathCheck verified(LocalDate seen, List<String> sources) {
        return new PathCheck(PathStatus.VERIFIED, seen, null, sources);
    }

    public static PathCheck reported(List<String> sources) {
        return new PathCheck(PathStatus.REPORTED, null, null, sources);
    }
}
