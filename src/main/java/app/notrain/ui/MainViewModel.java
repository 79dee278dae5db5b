package app.notrain.ui;

import app.notrain.catalog.Catalog;
import app.notrain.catalog.Platform;
import app.notrain.i18n.Language;
import app.notrain.ui.platform.PlatformListViewModel;
import app.notrain.ui.platform.PlatformViewModel;
import java.util.Optional;

/** The window's state and commands: navigation, language, theme, catalog loading. */
public final class MainViewModel {
    private final AppState state;
    private final AppContext context;
    private final PlatformListViewModel platformList;

    public MainViewModel(AppState state, AppContext context) {
        this.state = state;
        this.context = context;
        this.platformList = new PlatformListViewModel(state);
    }

    public AppState state() {
        return state;
    }

    public PlatformListViewModel platformList() {
        return platformList;
    }

    /** Loads the catalog off the JavaFX thread; the window is already on screen meanwhile. */
    public void loadCatalog() {
        context.work().run(context.catalog(), this::catalogLoaded,
                failure -> state.catalogErrorProperty().set(failure.getMessage()));
    }

    private void catalogLoaded(Catalog catalog) {
        state.catalogProperty().set(catalog);
        if (state.selectedPlatformIdProperty().get() == null && !catalog.platforms().isEmpty()) {
            state.selectedPlatformIdProperty().set(catalog.platforms().get(0).id());
        }
    }

    public void show(Section section) {
        state.sectionProperty().set(section);
    }

    public void switchLanguage(Language language) {
        state.languageProperty().set(language);
    }

    public void toggleTheme() {
        state.themeProperty().set(state.themeProperty().get() == Theme.LIGHT ? Theme.DARK : Theme.LIGHT);
    }

    /** The guide of the selected platform, in the current language, as of today. */
    public Optional<PlatformViewModel> selectedPlatform() {
        Catalog catalog = state.catalogProperty().get();
        String id = state.selectedPlatformIdProperty().get();
        if (catalog == null || id == null) {
            return Optional.empty();
        }
        Optional<Platform> platform = catalog.platform(id);
        return platform.map(p -> new PlatformViewModel(p, state.messages(), state.today(), context.links(),
                context.clipboard()));
    }
}
