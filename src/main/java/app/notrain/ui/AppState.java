package app.notrain.ui;

import app.notrain.catalog.Catalog;
import app.notrain.i18n.Language;
import app.notrain.i18n.Messages;
import app.notrain.progress.GuideUpdate;
import app.notrain.progress.ProgressBook;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The state screens share: language, theme, where the user is, the catalog and the user's progress. */
public final class AppState {
    private final ObjectProperty<Language> language;
    private final ObjectBinding<Messages> messages;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.fromSystem(System.getenv()));
    private final ObjectProperty<TextSize> textSize = new SimpleObjectProperty<>(TextSize.NORMAL);
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.PLATFORMS);
    private final ObjectProperty<Catalog> catalog = new SimpleObjectProperty<>();
    private final StringProperty catalogError = new SimpleStringProperty();
    private final StringProperty selectedPlatformId = new SimpleStringProperty();
    private final ObjectProperty<ProgressBook> book = new SimpleObjectProperty<>();
    private final ObjectProperty<StoreProblem> storeProblem = new SimpleObjectProperty<>();
    private final IntegerProperty revision = new SimpleIntegerProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty wizardShowing = new SimpleBooleanProperty();
    private final StringProperty focusedAccount = new SimpleStringProperty();
    private final StringProperty focusedStep = new SimpleStringProperty();
    private final StringProperty notice = new SimpleStringProperty();
    private List<GuideUpdate> guideUpdates = List.of();
    private final Clock clock;
    private final ReadOnlyObjectWrapper<LocalDate> day = new ReadOnlyObjectWrapper<>();

    public AppState(Language language, Clock clock) {
        this.language = new SimpleObjectProperty<>(language);
        this.messages = Bindings.createObjectBinding(() -> Messages.of(this.language.get()), this.language);
        this.clock = clock;
        this.day.set(LocalDate.now(clock));
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

    /** The user's accounts and progress; null until the store is loaded (or when it cannot be). */
    public ObjectProperty<ProgressBook> bookProperty() {
        return book;
    }

    public ProgressBook book() {
        return book.get();
    }

    public ObjectProperty<StoreProblem> storeProblemProperty() {
        return storeProblem;
    }

    /** Goes up by one on every change of the progress, so that views showing it refresh. */
    public IntegerProperty revisionProperty() {
        return revision;
    }

    /** A short line about the last thing that happened ("Saved", "Undone: …"). */
    public StringProperty statusProperty() {
        return status;
    }

    /** Something to tell the user without stopping them (a notification at start). */
    /** What the last import of newer guides changed for the user's accounts (empty until one). */
    public List<GuideUpdate> guideUpdates() {
        return guideUpdates;
    }

    public void setGuideUpdates(List<GuideUpdate> updates) {
        guideUpdates = List.copyOf(updates);
    }

    /** The base size of the window's text. */
    public ObjectProperty<TextSize> textSizeProperty() {
        return textSize;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    /** The account a jump from the dashboard asked to show on its platform's page. */
    public StringProperty focusedAccountProperty() {
        return focusedAccount;
    }

    /** The step to highlight on the focused account's card, when the dashboard opened it. */
    public StringProperty focusedStepProperty() {
        return focusedStep;
    }

    public BooleanProperty wizardShowingProperty() {
        return wizardShowing;
    }

    public Clock clock() {
        return clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The day the screens show. It changes when {@link #checkDay()} finds that the clock's date
     * moved on (a {@link DayTicker} asks every little while), so that pages built before midnight
     * roll over instead of keeping the day they were built on.
     */
    public ReadOnlyObjectProperty<LocalDate> dayProperty() {
        return day.getReadOnlyProperty();
    }

    /** Moves {@link #dayProperty()} to the clock's date if it changed; true when it did. */
    public boolean checkDay() {
        LocalDate now = today();
        if (now.equals(day.get())) {
            return false;
        }
        day.set(now);
        return true;
    }
}
