package app.notrain.catalog;

import java.time.LocalDate;
import java.util.List;

/** A published privacy score, e.g. Incogni's ranking, with what its scale means. */
public record PrivacyScore(double value, String ranking, Text scale, List<String> sources, boolean uncertain,
        LocalDate checked)
        implements Fact {
    public PrivacyScore {
        sources = ImmutableLists.copy(sources);
    }
}
