package app.notrain.catalog;

import java.util.List;
import java.util.Optional;

/** The read-only platform data: a version and the platforms in display order. */
public record Catalog(String catalogVersion, List<Platform> platforms) {
    public Catalog {
        platforms = ImmutableLists.copy(platforms);
    }

    public Optional<Platform> platform(String id) {
        return platforms.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
