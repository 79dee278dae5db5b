package app.notrain.catalog;

import java.time.LocalDate;
import java.util.List;

public record Caveat(String id, Text text, List<String> sources, boolean uncertain,
        LocalDate checked) implements Fact {
    public Caveat {
        sources = ImmutableLists.copy(sources);
    }
}
