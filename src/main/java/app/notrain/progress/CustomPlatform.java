package app.notrain.progress;

import app.notrain.catalog.Breadcrumb;
import app.notrain.catalog.Catalog;
import app.notrain.catalog.CatalogValidator;
import app.notrain.catalog.Device;
import app.notrain.catalog.Difficulty;
import app.notrain.catalog.OptOutKind;
import app.notrain.catalog.Platform;
import app.notrain.catalog.Region;
import app.notrain.catalog.Scope;
import app.notrain.catalog.SettingsPath;
import app.notrain.catalog.Source;
import app.notrain.catalog.Step;
import app.notrain.catalog.StepRole;
import app.notrain.catalog.Text;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A platform the user adds with their own steps, kept in their progress file. It is an ordinary
 * {@link Platform} (same views, same checklists), written in the one language the user typed.
 * Every step the user writes counts as part of the refusal: all must be done to be protected.
 */
public final class CustomPlatform {
    /** Id prefix: custom ids can never collide with catalog ids. */
    public static final String ID_PREFIX = Platform.USER_ID_PREFIX;
    private static final String SOURCE_ID = "user";

    /** One step as the user typed it; {@code path} is "Settings > Privacy > AI". */
    public record StepInput(String title, String path, String detail) {
    }

    private CustomPlatform() {
    }

    /**
     * Builds the platform, or throws {@link IllegalArgumentException} naming what is missing (the
     * catalog's rules apply: a name, at least one step, every step with a title and a path, https links).
     */
    public static Platform create(String name, String url, List<StepInput> inputs, LocalDate today) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name");
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            StepInput in = inputs.get(i);
            if (in.title() == null || in.title().isBlank()) {
                continue;
            }
            List<String> path = Arrays.stream(in.path() == null ? new String[0] : in.path().split(">"))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
            String detail = in.detail() == null || in.detail().isBlank() ? in.title() : in.detail().strip();
            steps.add(new Step("step-" + (i + 1), same(in.title().strip()), same(detail),
                    new Breadcrumb(path, path), Device.ALL, null, null, List.of(), false, StepRole.REFUSE, false, null,
                    List.of(SOURCE_ID), false, null, null));
        }
        String clean = name.strip();
        Text summary = same(clean);
        Platform platform = new Platform(ID_PREFIX + slug(clean), clean, clean, null, today,
                OptOutKind.SETTINGS_TOGGLE, Difficulty.MEDIUM, Math.max(1, steps.size() * 2), summary, summary,
                List.of(Region.values()), false,
                new Scope(List.of(summary), List.of(), List.of(SOURCE_ID), false, null),
                steps.isEmpty() ? List.of() : List.of(new SettingsPath(Device.ALL, steps.get(0).path())),
                url == null || url.isBlank() ? null : url.strip(), List.of(), steps, List.of(), null, null,
                List.of(new Source(SOURCE_ID, clean, clean, null, today.toString())), null, null, null);
        List<String> problems = CatalogValidator.validate(new Catalog("2000.01.01", List.of(platform)));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return platform;
    }

    /**
     * The platform as saved by a version that had no step roles: each of its steps becomes part
     * of the refusal, as {@link #create} makes them now.
     */
    static Platform withRoles(Platform p) {
        if (p.steps().stream().allMatch(s -> s.role() != null)) {
            return p;
        }
        List<Step> steps = p.steps().stream().map(s -> s.role() != null ? s : new Step(s.id(), s.title(), s.detail(),
                s.path(), s.device(), s.url(), s.waitFor(), s.regions(), s.sharedInAccountsCenter(), StepRole.REFUSE,
                s.optional(), s.recheckDays(), s.sources(), s.uncertain(), s.checked(), s.pathStatus())).toList();
        return new Platform(p.id(), p.name(), p.company(), p.accountsCenter(), p.checked(), p.optOut(),
                p.difficulty(), p.minutes(), p.summary(), p.regionNote(), p.optOutRegions(), p.minorsExcluded(),
                p.scope(), p.settingsPaths(), p.url(), p.dates(), steps, p.caveats(), p.privacyScore(),
                p.recheckDays(), p.sources(), p.group(), p.urlStatus(), p.notVerified());
    }

    private static Text same(String text) {
        return new Text(text, text);
    }

    private static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "platform" : slug;
    }
}
