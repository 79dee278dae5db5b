package app.notrain.catalog;

import java.time.LocalDate;
import java.util.List;

/** What a platform's AI training covers and what it leaves out. */
public record Scope(List<Text> included, List<Text> excluded, List<String> sources, boolean uncertain,
        LocalDate checked)
        implements Fact {
    public Scope {
        included = ImmutableLists.copy(included);
        excluded = ImmutableLists.copy(excluded);
        sources = ImmutableLists.copy(sources);
    }
}
