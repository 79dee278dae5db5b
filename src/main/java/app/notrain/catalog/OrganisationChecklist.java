package app.notrain.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The measures a business takes as an organisation (organisation.json), in display order, with the
 * sources they cite. Shown to a business profile beside the platforms; empty in a catalog that
 * carries none.
 */
public record OrganisationChecklist(LocalDate checked, List<Source> sources, List<Measure> measures) {
    public static final OrganisationChecklist EMPTY = new OrganisationChecklist(null, List.of(), List.of());

    public OrganisationChecklist {
        sources = ImmutableLists.copy(sources);
        measures = ImmutableLists.copy(measures);
    }

    public Optional<Measure> measure(String id) {
        return measures.stream().filter(m -> m != null && m.id().equals(id)).findFirst();
    }

    /** The sources {@code measure} cites, in the order it cites them. */
    public List<Source> sourcesOf(Measure measure) {
        return measure.sources().stream()
                .flatMap(id -> sources.stream().filter(s -> s != null && id.equals(s.id())).limit(1))
                .toList();
    }

    public List<String> ids() {
        return measures.stream().map(Measure::id).toList();
    }

    public boolean isEmpty() {
        return measures.isEmpty();
    }
}
