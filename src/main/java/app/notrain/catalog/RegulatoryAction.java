package app.notrain.catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * A regulator's, lawmaker's or court's action on AI training with users' data, with its status
 * and date. Kept apart from the platforms (regulatory.json) because one action can concern
 * several platforms ({@code platforms}) or all of them (empty list). It is context, never a step:
 * it does not protect anyone by itself.
 */
public record RegulatoryAction(String id, RegulatoryStatus status, FactDate date, Text title, Text summary,
                               List<String> platforms, List<Source> sources, LocalDate checked) {
    public RegulatoryAction {
        platforms = ImmutableLists.copy(platforms);
        sources = ImmutableLists.copy(sources);
    }

    /** True when the action concerns {@code platformId}, or every platform. */
    public boolean concerns(String platformId) {
        return platforms.isEmpty() || platforms.contains(platformId);
    }
}
