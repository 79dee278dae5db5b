package app.notrain.catalog;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The read-only platform data: a version, the platforms in display order, the regulatory context,
 * the dated changelog of the guides and a business's organisation checklist. {@code date} is the
 * guides' date when the editors set one; otherwise {@link #guidesDate()} is the newest {@code
 * checked} of the platforms.
 */
public record Catalog(String catalogVersion, LocalDate date, List<Platform> platforms,
                      List<RegulatoryAction> regulatory, List<GuideChange> changelog,
                      OrganisationChecklist organisation) {
    public Catalog {
        platforms = ImmutableLists.copy(platforms);
        regulatory = ImmutableLists.copy(regulatory);
        changelog = ImmutableLists.copy(changelog);
        organisation = organisation == null ? OrganisationChecklist.EMPTY : organisation;
    }

    /** A catalog without an organisation checklist. */
    public Catalog(String catalogVersion, LocalDate date, List<Platform> platforms,
                   List<RegulatoryAction> regulatory, List<GuideChange> changelog) {
        this(catalogVersion, date, platforms, regulatory, changelog, OrganisationChecklist.EMPTY);
    }

    public Catalog(String catalogVersion, List<Platform> platforms) {
        this(catalogVersion, null, platforms, List.of(), List.of());
    }

    /** This catalog with {@code checklist} as its organisation checklist. */
    public Catalog withOrganisation(OrganisationChecklist checklist) {
        return new Catalog(catalogVersion, date, platforms, regulatory, changelog, checklist);
    }

    public Optional<Platform> platform(String id) {
        return platforms.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** This catalog with only {@code chosen} platforms, and the context and changes that concern them. */
    public Catalog only(List<Platform> chosen) {
        List<String> ids = chosen.stream().map(Platform::id).toList();
        return new Catalog(catalogVersion, date, chosen,
                regulatory.stream().filter(r -> r.platforms().isEmpty() || r.platforms().stream().anyMatch(ids::contains))
                        .toList(),
                changelog.stream().filter(c -> c.platform() == null || ids.contains(c.platform())).toList(),
                organisation);
    }

    /** The date of the guides: the explicit one, or the day the newest platform was checked. */
    public LocalDate guidesDate() {
        if (date != null) {
            return date;
        }
        return platforms.stream().filter(Objects::nonNull).map(Platform::checked).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(LocalDate.MIN);
    }

    /** The regulatory actions that concern {@code platformId}, newest first. */
    public List<RegulatoryAction> regulatoryFor(String platformId) {
        return regulatory.stream().filter(r -> r.concerns(platformId))
                .sorted(Comparator.comparing((RegulatoryAction r) -> r.date().day()).reversed()).toList();
    }

    /** The changelog entries of {@code platformId}, newest first. */
    public List<GuideChange> changesOf(String platformId) {
        return changelog.stream().filter(c -> platformId.equals(c.platform()))
                .sorted(Comparator.comparing(GuideChange::date).reversed()).toList();
    }
}
