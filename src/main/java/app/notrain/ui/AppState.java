package app.notrain.ui;

import app.notrain.catalog.Catalog;
import app.notrain.i18n.Language;
import app.notrain.i18n.Messages;
import java.time.Clock;
import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The state screens share: language, theme, where the user is, the loaded catalog. */
public final class AppState {
    private final ObjectProperty<Language> language;
    private final ObjectBinding<Messages> messages;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.PLATFORMS);
    private final ObjectProperty<Catalog> catalog = new SimpleObjectProperty<>();
    private final StringProperty catalogError = new SimpleStringProperty();
    private final StringProperty selectedPlatformId = new SimpleStringProperty();
    private final Clock clock;

    public AppState(Language language, Clock clock) {
        this.language = new SimpleObjectProperty<>(language);
        this.messages = Bindings.createObjectBinding(() -> Messages.of(this.language.get()), this.language);
        this.clock = clock;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public Messages messages() {
        return messages.get();
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public ObjectProperty<Catalog> catalogProperty() {
        return catalog;
    }

    /** Set when the catalog could not be loaded; the window shows it instead of the platforms. */
    public StringProperty catalogErrorProperty() {
        return catalogError;
    }

    public StringProperty selectedPlatformIdProperty() {
        return selectedPlatformId;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
