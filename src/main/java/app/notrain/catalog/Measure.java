package app.notrain.catalog;

import java.util.List;

/**
 * One measure of a business's own organisation checklist (organisation.json): something the
 * company does beyond each account's settings, such as training its team or keeping a charter.
 * {@code recheckDays}: how long a measure done stays done before it is reviewed again;
 * {@code sources}: ids of the checklist's sources.
 */
public record Measure(String id, Text title, Text detail, Integer recheckDays, List<String> sources) {
    public Measure {
        sources = ImmutableLists.copy(sources);
    }
}
