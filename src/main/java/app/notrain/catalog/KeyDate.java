package app.notrain.catalog;

import java.time.LocalDate;
import java.util.List;

/** A date that matters for a platform, e.g. when training on users' data begins. */
public record KeyDate(String id, DateKind kind, FactDate date, List<Region> regions, Text label,
                      List<String> sources, boolean uncertain,
        LocalDate checked) implements Fact {
    public KeyDate {
        regions = ImmutableLists.copy(regions);
        sources = ImmutableLists.copy(sources);
    }

    /** True when the date concerns users in {@code region}; no regions listed means everywhere. */
    public boolean appliesTo(Region region) {
        return regions.isEmpty() || regions.contains(region);
    }
}
