package app.notrain.catalog;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of docs/catalog-format.md. Used by the build on the built-in catalog and by the app
 * on an imported one; each problem names the platform and the field.
 */
public final class CatalogValidator {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern VERSION = Pattern.compile("\\d{4}\\.\\d{2}\\.\\d{2}");
    private static final Pattern PUBLISHED = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    static final int MAX_MINUTES = 240;

    private final List<String> problems = new ArrayList<>();

    private CatalogValidator() {
    }

    public static List<String> validate(Catalog catalog) {
        CatalogValidator validator = new CatalogValidator();
        validator.catalog(catalog);
        return List.copyOf(validator.problems);
    }

    private void catalog(Catalog catalog) {
        if (catalog.catalogVersion() == null || !VERSION.matcher(catalog.catalogVersion()).matches()) {
            problems.add("catalogVersion: expected YYYY.MM.DD, found " + quoted(catalog.catalogVersion()));
        }
        if (catalog.platforms().isEmpty()) {
            problems.add("platforms: the catalog has no platform");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < catalog.platforms().size(); i++) {
            Platform platform = catalog.platforms().get(i);
            if (platform == null) {
                problems.add("platforms[" + i + "]: empty");
                continue;
            }
            String where = platform.id() == null ? "platforms[" + i + "]" : platform.id();
            if (platform.id() != null && !ids.add(platform.id())) {
                problems.add(where + ": the id is used by another platform");
            }
            platform(where, platform);
        }
        regulatory(catalog, ids);
        changelog(catalog, ids);
        organisation(catalog.organisation());
    }

    /** The organisation checklist: each measure explained in both languages, sourced, with its interval. */
    private void organisation(OrganisationChecklist checklist) {
        if (checklist.isEmpty()) {
            return;
        }
        Set<String> sourceIds = sources("organisation", checklist.sources());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < checklist.measures().size(); i++) {
            Measure m = checklist.measures().get(i);
            String at = "organisation.measures[" + i + "]";
            if (m == null) {
                problems.add(at + ": empty");
                continue;
            }
            unique(at + ".id", m.id(), ids);
            text(at + ".title", m.title());
            text(at + ".detail", m.detail());
            if (m.recheckDays() == null) {
                problems.add(at + ".recheckDays: say after how many days a measure done is reviewed again");
            }
            positive(at + ".recheckDays", m.recheckDays());
            if (m.sources().isEmpty()) {
                problems.add(at + ".sources: cite at least one source");
            }
            for (String id : m.sources()) {
                if (!sourceIds.contains(id)) {
                    problems.add(at + ".sources: " + quoted(id) + " is not in the organisation's sources");
                }
            }
        }
    }

    private void regulatory(Catalog catalog, Set<String> platformIds) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < catalog.regulatory().size(); i++) {
            RegulatoryAction r = catalog.regulatory().get(i);
            String at = "regulatory[" + i + "]";
            if (r == null) {
                problems.add(at + ": empty");
                continue;
            }
            unique(at + ".id", r.id(), ids);
            at = "regulatory." + r.id();
            present(at + ".status", r.status());
            present(at + ".date", r.date());
            text(at + ".title", r.title());
            text(at + ".summary", r.summary());
            for (String platform : r.platforms()) {
                if (!platformIds.contains(platform)) {
                    problems.add(at + ".platforms: " + quoted(platform) + " is not a platform of the catalog");
                }
            }
            if (r.sources().isEmpty()) {
                problems.add(at + ".sources: cite at least one source");
            }
            sources(at, r.sources());
        }
    }

    private void changelog(Catalog catalog, Set<String> platformIds) {
        for (int i = 0; i < catalog.changelog().size(); i++) {
            GuideChange c = catalog.changelog().get(i);
            String at = "changelog[" + i + "]";
            if (c == null) {
                problems.add(at + ": empty");
                continue;
            }
            present(at + ".date", c.date());
            present(at + ".kind", c.kind());
            text(at + ".text", c.text());
            if (c.platform() != null && !platformIds.contains(c.platform())) {
                problems.add(at + ".platform: " + quoted(c.platform()) + " is not a platform of the catalog");
            }
        }
    }

    private void platform(String where, Platform p) {
        id(where + ".id", p.id());
        required(where + ".name", p.name());
        required(where + ".company", p.company());
        if (p.accountsCenter() != null) {
            id(where + ".accountsCenter", p.accountsCenter());
        }
        present(where + ".checked", p.checked());
        present(where + ".optOut", p.optOut());
        present(where + ".difficulty", p.difficulty());
        if (p.minutes() < 0 || p.minutes() > MAX_MINUTES) {
            problems.add(where + ".minutes: expected 0 to " + MAX_MINUTES + ", found " + p.minutes());
        }
        text(where + ".summary", p.summary());
        text(where + ".regionNote", p.regionNote());
        noNulls(where + ".optOutRegions", p.optOutRegions());
        positive(where + ".recheckDays", p.recheckDays());
        url(where + ".url", p.url());
        if (!p.userDefined()) {
            present(where + ".group", p.group());
        }
        if (p.notVerified() != null) {
            text(where + ".notVerified", p.notVerified());
        }

        Set<String> sourceIds = sources(where, p.sources());
        if (p.url() != null) {
            pathCheck(where + ".urlStatus", p, p.urlStatus(), sourceIds);
        }
        scope(where + ".scope", p.scope(), sourceIds);
        settingsPaths(where, p, sourceIds);
        dates(where, p.dates(), sourceIds);
        steps(where, p, sourceIds);
        caveats(where, p.caveats(), sourceIds);
        if (p.privacyScore() != null) {
            PrivacyScore score = p.privacyScore();
            String at = where + ".privacyScore";
            required(at + ".ranking", score.ranking());
            text(at + ".scale", score.scale());
            cites(at, score, sourceIds);
        }
    }

    private Set<String> sources(String where, List<Source> sources) {
        Set<String> ids = new HashSet<>();
        if (sources.isEmpty()) {
            problems.add(where + ".sources: at least one source is required");
        }
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            String at = where + ".sources[" + i + "]";
            if (s == null) {
                problems.add(at + ": empty");
                continue;
            }
            unique(at + ".id", s.id(), ids);
            required(at + ".publisher", s.publisher());
            required(at + ".title", s.title());
            url(at + ".url", s.url());
            if (s.published() != null && !PUBLISHED.matcher(s.published()).matches()) {
                problems.add(at + ".published: expected YYYY, YYYY-MM or YYYY-MM-DD, found " + quoted(s.published()));
            }
        }
        return ids;
    }

    private void scope(String at, Scope scope, Set<String> sourceIds) {
        if (scope == null) {
            problems.add(at + ": missing");
            return;
        }
        if (scope.included().isEmpty()) {
            problems.add(at + ".included: say what the training covers");
        }
        for (int i = 0; i < scope.included().size(); i++) {
            text(at + ".included[" + i + "]", scope.included().get(i));
        }
        for (int i = 0; i < scope.excluded().size(); i++) {
            text(at + ".excluded[" + i + "]", scope.excluded().get(i));
        }
        cites(at, scope, sourceIds);
    }

    /**
     * Every path and link of a catalog platform says how sure the guides are of it: a verified one
     * was seen on a day no later than the platform's check, an outdated one says what to look for
     * instead. A platform the user added has none (the paths are the user's own).
     */
    private void pathCheck(String at, Platform p, PathCheck check, Set<String> sourceIds) {
        if (p.userDefined()) {
            return;
        }
        if (check == null || check.status() == null) {
            problems.add(at + ".status: missing or not one of verified, reported, outdated");
            return;
        }
        if (check.status() == PathStatus.VERIFIED) {
            if (check.seen() == null) {
                problems.add(at + ".seen: a verified path needs the day it was seen (YYYY-MM-DD)");
            } else if (p.checked() != null && check.seen().isAfter(p.checked())) {
                problems.add(at + ".seen: " + check.seen() + " is after the platform's checked date " + p.checked());
            }
        }
        if (check.status() == PathStatus.OUTDATED) {
            if (check.lookFor() == null) {
                problems.add(at + ".lookFor: an outdated path must say what to look for instead");
            } else {
                text(at + ".lookFor", check.lookFor());
            }
        }
        for (String id : check.sources()) {
            if (!sourceIds.contains(id)) {
                problems.add(at + ".sources: " + quoted(id) + " is not in the platform's sources");
            }
        }
    }

    private void settingsPaths(String where, Platform p, Set<String> sourceIds) {
        if (p.settingsPaths().isEmpty() && p.optOut() != OptOutKind.NOT_NEEDED) {
            problems.add(where + ".settingsPaths: required unless optOut is NOT_NEEDED");
        }
        for (int i = 0; i < p.settingsPaths().size(); i++) {
            SettingsPath sp = p.settingsPaths().get(i);
            String at = where + ".settingsPaths[" + i + "]";
            if (sp == null) {
                problems.add(at + ": empty");
                continue;
            }
            present(at + ".device", sp.device());
            breadcrumb(at + ".path", sp.path());
            pathCheck(at, p, sp.check(), sourceIds);
        }
    }

    private void dates(String where, List<KeyDate> dates, Set<String> sourceIds) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < dates.size(); i++) {
            KeyDate d = dates.get(i);
            String at = where + ".dates[" + i + "]";
            if (d == null) {
                problems.add(at + ": empty");
                continue;
            }
            unique(at + ".id", d.id(), ids);
            present(at + ".kind", d.kind());
            present(at + ".date", d.date());
            noNulls(at + ".regions", d.regions());
            text(at + ".label", d.label());
            cites(at, d, sourceIds);
        }
    }

    private void steps(String where, Platform p, Set<String> sourceIds) {
        if (p.steps().isEmpty()) {
            problems.add(where + ".steps: at least one step is required");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < p.steps().size(); i++) {
            Step s = p.steps().get(i);
            String at = where + ".steps[" + i + "]";
            if (s == null) {
                problems.add(at + ": empty");
                continue;
            }
            unique(at + ".id", s.id(), ids);
            text(at + ".title", s.title());
            text(at + ".detail", s.detail());
            breadcrumb(at + ".path", s.path());
            url(at + ".url", s.url());
            if (s.path() != null) {
                pathCheck(at + ".pathStatus", p, s.pathStatus(), sourceIds);
            }
            noNulls(at + ".regions", s.regions());
            positive(at + ".recheckDays", s.recheckDays());
            if (s.waitFor() != null) {
                present(at + ".wait.kind", s.waitFor().kind());
                if (s.waitFor().days() <= 0) {
                    problems.add(at + ".wait.days: expected a number of days above 0");
                }
            }
            if (s.sharedInAccountsCenter() && p.accountsCenter() == null) {
                problems.add(at + ".sharedInAccountsCenter: the platform has no accountsCenter");
            }
            present(at + ".role", s.role());
            cites(at, s, sourceIds);
        }
        refusals(where, p);
    }

    /**
     * A platform that offers a refusal has, for each region it offers it in, a required refuse
     * step that applies there; a platform without one has no refuse step at all.
     */
    private void refusals(String where, Platform p) {
        if (p.optOut() == null || p.steps().contains(null)) {
            return;
        }
        boolean offers = p.optOut() != OptOutKind.MITIGATIONS_ONLY && p.optOut() != OptOutKind.NOT_NEEDED;
        if (!offers) {
            if (!p.optOutRegions().isEmpty()) {
                problems.add(where + ".optOutRegions: a platform whose optOut is " + p.optOut()
                        + " offers no refusal, so it lists no region");
            }
            if (p.steps().stream().anyMatch(s -> s.role() == StepRole.REFUSE)) {
                problems.add(where + ".steps: a platform whose optOut is " + p.optOut()
                        + " has no refuse step (use MITIGATE or PREPARE)");
            }
            return;
        }
        if (p.optOutRegions().isEmpty()) {
            problems.add(where + ".optOutRegions: name the regions where the " + p.optOut() + " applies");
        }
        for (Region region : p.optOutRegions()) {
            if (region != null && p.steps().stream().noneMatch(s -> s.requiredRefusal() && s.appliesTo(region))) {
                problems.add(where + ".steps: no required REFUSE step applies in " + region
                        + ", although optOutRegions lists it");
            }
        }
    }

    private void caveats(String where, List<Caveat> caveats, Set<String> sourceIds) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < caveats.size(); i++) {
            Caveat c = caveats.get(i);
            String at = where + ".caveats[" + i + "]";
            if (c == null) {
                problems.add(at + ": empty");
                continue;
            }
            unique(at + ".id", c.id(), ids);
            text(at + ".text", c.text());
            cites(at, c, sourceIds);
        }
    }

    private void cites(String at, Fact fact, Set<String> sourceIds) {
        if (fact.sources().isEmpty()) {
            problems.add(at + ".sources: cite at least one source");
        }
        for (String id : fact.sources()) {
            if (!sourceIds.contains(id)) {
                problems.add(at + ".sources: " + quoted(id) + " is not in the platform's sources");
            }
        }
    }

    private void text(String at, Text text) {
        if (text == null) {
            problems.add(at + ": missing");
            return;
        }
        required(at + ".en", text.en());
        required(at + ".fr", text.fr());
    }

    private void breadcrumb(String at, Breadcrumb path) {
        if (path == null) {
            problems.add(at + ": missing");
            return;
        }
        labels(at + ".en", path.en());
        labels(at + ".fr", path.fr());
    }

    private void labels(String at, List<String> labels) {
        if (labels.isEmpty()) {
            problems.add(at + ": missing");
        }
        for (int i = 0; i < labels.size(); i++) {
            required(at + "[" + i + "]", labels.get(i));
        }
    }

    private void url(String at, String url) {
        if (url == null) {
            return;
        }
        try {
            URI uri = new URI(url);
            if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
                problems.add(at + ": expected an https:// address, found " + quoted(url));
            } else if (uri.getRawUserInfo() != null) {
                // A name or password in a link would be sent to the site, and shown in every export.
                problems.add(at + ": an address must not hold a user name or password (user:password@),"
                        + " found one for " + uri.getHost() + "; remove it");
            }
        } catch (URISyntaxException e) {
            problems.add(at + ": not a valid address: " + quoted(url));
        }
    }

    private void unique(String at, String id, Set<String> seen) {
        id(at, id);
        if (id != null && !seen.add(id)) {
            problems.add(at + ": " + quoted(id) + " is used twice");
        }
    }

    private void id(String at, String id) {
        if (id == null || !ID.matcher(id).matches()) {
            problems.add(at + ": expected a lowercase kebab-case id, found " + quoted(id));
        }
    }

    private void required(String at, String value) {
        if (value == null || value.isBlank()) {
            problems.add(at + ": missing or blank");
        }
    }

    private void present(String at, Object value) {
        if (value == null) {
            problems.add(at + ": missing or not one of the allowed values");
        }
    }

    private void positive(String at, Integer value) {
        if (value != null && value <= 0) {
            problems.add(at + ": expected a number above 0, found " + value);
        }
    }

    private void noNulls(String at, List<?> values) {
        if (values.stream().anyMatch(java.util.Objects::isNull)) {
            problems.add(at + ": contains an unknown value");
        }
    }

    private static String quoted(String value) {
        return value == null ? "nothing" : "\"" + value + "\"";
    }
}
