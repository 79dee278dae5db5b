package app.notrain.ui.platform;

import app.notrain.catalog.Catalog;
import app.notrain.catalog.CatalogTexts;
import app.notrain.catalog.GuidesAge;
import app.notrain.catalog.PlatformGroup;
import app.notrain.catalog.OptOutKind;
import app.notrain.catalog.Platform;
import app.notrain.catalog.Region;
import app.notrain.i18n.Messages;
import app.notrain.ui.AppState;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The platform list with its search box; the selection lives in the shared {@link AppState}. */
public final class PlatformListViewModel {
    private final AppState state;
    private final ObservableList<Platform> all = FXCollections.observableArrayList();
    private final FilteredList<Platform> shown = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty("");

    public PlatformListViewModel(AppState state) {
        this.state = state;
        state.catalogProperty().addListener((obs, old, catalog) -> refresh());
        state.bookProperty().addListener((obs, old, book) -> refresh());
        state.revisionProperty().addListener((obs, old, revision) -> refresh());
        refresh();
        filter.addListener((obs, old, text) -> applyFilter(text));
    }

    /** The catalog's platforms and, once the progress is loaded, the user's own. */
    private void refresh() {
        Catalog catalog = state.catalogProperty().get();
        // Grouped (social networks, then AI assistants), in catalog order within a group: a stable sort.
        List<Platform> platforms = (state.book() != null ? state.book().platforms()
                : catalog == null ? List.<Platform>of() : catalog.platforms()).stream()
                .sorted(Comparator.comparing(Platform::groupOrDefault)).toList();
        if (!platforms.equals(all)) {
            all.setAll(platforms);
        }
    }

    /**
     * The group's name when {@code platform} is the first of its group in the list as shown, so
     * the list reads "Social networks … AI assistants …"; null otherwise.
     */
    public String groupHeader(Platform platform) {
        int index = shown.indexOf(platform);
        PlatformGroup group = platform.groupOrDefault();
        boolean first = index == 0 || index > 0 && shown.get(index - 1).groupOrDefault() != group;
        return index >= 0 && first ? state.messages().label(group) : null;
    }

    /**
     * Above the list: the guides' date and, when they are more than six months old, a plain
     * warning that says how to import newer ones.
     */
    public String guidesNotice() {
        Catalog catalog = state.catalogProperty().get();
        if (catalog == null) {
            return "";
        }
        GuidesAge age = GuidesAge.of(catalog, state.today());
        String date = new CatalogTexts(state.messages()).date(age.guidesDate());
        return state.messages().get(age.old() ? "platforms.guidesOld" : "platforms.guidesDate", date);
    }

    /** True when the guides are more than six months old today. */
    public boolean guidesOld() {
        Catalog catalog = state.catalogProperty().get();
        return catalog != null && GuidesAge.of(catalog, state.today()).old();
    }

    /** The user can add platforms of their own once the progress is loaded. */
    public boolean canAddCustom() {
        return state.book() != null;
    }

    private void applyFilter(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        shown.setPredicate(needle.isEmpty() ? null : p -> p.name().toLowerCase(Locale.ROOT).contains(needle)
                || p.company().toLowerCase(Locale.ROOT).contains(needle) || p.id().contains(needle));
    }

    public ObservableList<Platform> platforms() {
        return shown;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public StringProperty selectedIdProperty() {
        return state.selectedPlatformIdProperty();
    }

    public void select(Platform platform) {
        if (platform != null) {
            state.selectedPlatformIdProperty().set(platform.id());
        }
    }

    /** A line under the name: the kind of refusal and the effort, in the current language. */
    public String subtitle(Platform platform) {
        Region region = state.book() == null ? null : state.book().profile().region();
        return optOutWords(platform, region, state.messages()) + " · " + state.messages().label(platform.difficulty());
    }

    /** The kind of refusal, or that there is none in {@code region} (null: not known yet, say the kind). */
    static String optOutWords(Platform platform, Region region, Messages messages) {
        boolean refusalKind = platform.optOut() != OptOutKind.MITIGATIONS_ONLY && platform.optOut() != OptOutKind.NOT_NEEDED;
        return region != null && refusalKind && !platform.offersRefusalIn(region)
                ? messages.get("platform.noRefusalHere") : messages.label(platform.optOut());
    }
}
