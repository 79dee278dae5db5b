package app.notrain.ui.platform;

import app.notrain.catalog.CatalogTexts;
import app.notrain.catalog.DateKind;
import app.notrain.catalog.DateOutlook;
import app.notrain.catalog.Fact;
import app.notrain.catalog.KeyDate;
import app.notrain.catalog.Platform;
import app.notrain.catalog.Region;
import app.notrain.catalog.SettingsPath;
import app.notrain.catalog.Source;
import app.notrain.catalog.Step;
import app.notrain.i18n.Messages;
import app.notrain.ui.LinkOpener;
import app.notrain.ui.TextClipboard;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One platform's guide, in the user's language, as of today. Built from catalog data only. */
public final class PlatformViewModel {

    /** How a fact is backed: its source numbers (as in the sources list), when it was checked, if uncertain. */
    public record FactInfo(String sourceNumbers, String checked, boolean uncertain) {
    }

    public record PathRow(String device, List<String> crumbs, String text, PathStatusText status) {
    }

    /** {@code elsewhere}: the date concerns other regions than the user's. */
    public record DateRow(String when, String label, String regions, String outlook, boolean trainingStart,
                          boolean passed, boolean elsewhere, FactInfo fact) {
    }

    public record StepRow(int number, String title, String detail, String path, String waitNote,
                          String regions, String role, boolean optional, FactInfo fact) {
    }

    public record SourceRow(int number, String text, String url) {
    }

    private final Platform platform;
    private final CatalogTexts texts;
    private final LocalDate today;
    private final LinkOpener links;
    private final TextClipboard clipboard;
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper("");
    private final Region userRegion;

    /** {@code userRegion}: where the user lives, once the wizard asked (null before). */
    public PlatformViewModel(Platform platform, Messages messages, LocalDate today, Region userRegion,
                             LinkOpener links, TextClipboard clipboard) {
        this.platform = platform;
        this.userRegion = userRegion;
        this.texts = new CatalogTexts(messages);
        this.today = today;
        this.links = links;
        this.clipboard = clipboard;
    }

    public String name() {
        return platform.name();
    }

    public String company() {
        return platform.company();
    }

    /** The kind of refusal, or that there is none where the user lives (TikTok outside Europe). */
    public String optOutKind() {
        return PlatformListViewModel.optOutWords(platform, userRegion, messages());
    }

    public String effort() {
        return texts.effort(platform);
    }

    public String difficultyStyle() {
        return "difficulty-" + platform.difficulty().name().toLowerCase(java.util.Locale.ROOT);
    }

    public String summary() {
        return texts.text(platform.summary());
    }

    public String regionNote() {
        return texts.text(platform.regionNote());
    }

    public String optOutRegions() {
        return platform.optOutRegions().isEmpty()
                ? messages().get("platform.noRefusalAnywhere")
                : texts.regions(platform.optOutRegions());
    }

    public boolean minorsExcluded() {
        return platform.minorsExcluded();
    }

    public List<String> included() {
        return platform.scope().included().stream().map(texts::text).toList();
    }

    public List<String> excluded() {
        return platform.scope().excluded().stream().map(texts::text).toList();
    }

    public FactInfo scopeFact() {
        return fact(platform.scope());
    }

    public List<PathRow> paths() {
        List<PathRow> rows = new ArrayList<>();
        for (SettingsPath sp : platform.settingsPaths()) {
            rows.add(new PathRow(messages().label(sp.device()), sp.path().in(messages().language()), texts.path(sp.path()),
                    PathStatusText.of(sp.check(), texts)));
        }
        return rows;
    }

    public Optional<String> link() {
        return Optional.ofNullable(platform.url());
    }

    /** How sure the guides are of the platform's link; null when they do not say. */
    public PathStatusText linkStatus() {
        return PathStatusText.of(platform.urlStatus(), texts);
    }

    /** "Could not be verified: …" when the last pass could not confirm this guide; else empty. */
    public Optional<String> notVerified() {
        return Optional.ofNullable(platform.notVerified())
                .map(note -> messages().get("platform.notVerified", texts.text(note)));
    }

    public String linkLabel() {
        return messages().get("platform.openLink." + platform.optOut().name());
    }

    /** Dates by day: those of the user's region first, then the ones that concern other regions. */
    public List<DateRow> dates() {
        return platform.dates().stream()
                .sorted(Comparator.comparing((KeyDate d) -> !concernsUser(d)).thenComparing(d -> d.date().day()))
                .map(this::dateRow)
                .toList();
    }

    private boolean concernsUser(KeyDate date) {
        return userRegion == null || date.appliesTo(userRegion);
    }

    private DateRow dateRow(KeyDate d) {
        DateOutlook outlook = DateOutlook.of(d.date(), today);
        return new DateRow(texts.date(d.date()), texts.text(d.label()), texts.regions(d.regions()),
                texts.outlook(d, platform.optOut(), today), d.kind() == DateKind.TRAINING_START,
                outlook.phase() == DateOutlook.Phase.PASSED, !concernsUser(d), fact(d));
    }

    public List<StepRow> steps() {
        return IntStream.range(0, platform.steps().size())
                .mapToObj(i -> stepRow(i + 1, platform.steps().get(i)))
                .toList();
    }

    private StepRow stepRow(int number, Step s) {
        String waitNote = s.waitFor() == null ? null
                : messages().get("platform.wait." + s.waitFor().kind().name(), s.waitFor().days());
        String regions = s.regions().isEmpty() ? null : messages().get("platform.stepRegions", texts.regions(s.regions()));
        return new StepRow(number, texts.text(s.title()), texts.text(s.detail()), texts.path(s.path()), waitNote,
                regions, messages().label(s.role()), s.optional(), fact(s));
    }

    public List<String> caveats() {
        return platform.caveats().stream().map(c -> texts.text(c.text())).toList();
    }

    public List<FactInfo> caveatFacts() {
        return platform.caveats().stream().map(this::fact).toList();
    }

    public Optional<String> privacyScore() {
        return Optional.ofNullable(platform.privacyScore()).map(score -> messages().get("platform.score",
                score.value(), score.ranking(), texts.text(score.scale())));
    }

    public Optional<FactInfo> privacyScoreFact() {
        return Optional.ofNullable(platform.privacyScore()).map(this::fact);
    }

    public List<SourceRow> sources() {
        List<Source> sources = platform.sources();
        return IntStream.range(0, sources.size())
                .mapToObj(i -> new SourceRow(i + 1, texts.source(sources.get(i)), sources.get(i).url()))
                .toList();
    }

    public String checked() {
        return messages().get("platform.checked", texts.date(platform.checked()));
    }

    public ReadOnlyStringProperty feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    public void openLink() {
        link().ifPresent(this::open);
    }

    public void open(String url) {
        links.open(url);
        feedback.set(messages().get("platform.opened", url));
    }

    public void copyPath(PathRow row) {
        clipboard.put(row.text());
        feedback.set(messages().get("platform.copied", row.text()));
    }

    private FactInfo fact(Fact fact) {
        String numbers = fact.sources().stream()
                .map(id -> String.valueOf(platform.sources().indexOf(platform.source(id).orElseThrow()) + 1))
                .collect(Collectors.joining(", "));
        return new FactInfo(messages().get("fact.sources", numbers),
                messages().get("fact.checked", texts.date(platform.checkedOf(fact))), fact.uncertain());
    }

    private Messages messages() {
        return texts.messages();
    }

}
