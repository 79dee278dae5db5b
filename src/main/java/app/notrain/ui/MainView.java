package app.notrain.ui;

import app.notrain.i18n.Language;
import app.notrain.i18n.Messages;
import app.notrain.ui.dashboard.DashboardView;
import app.notrain.ui.letter.LetterDialog;
import app.notrain.ui.organisation.OrganisationView;
import app.notrain.ui.platform.AccountsView;
import app.notrain.ui.report.ReportView;
import app.notrain.ui.platform.CustomPlatformDialog;
import app.notrain.ui.platform.EvidenceChooser;
import app.notrain.ui.platform.PlatformListView;
import app.notrain.ui.platform.PlatformView;
import app.notrain.ui.settings.SettingsView;
import app.notrain.ui.wizard.WizardView;
import java.util.List;
import javafx.scene.Node;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/**
 * The main window: header (language, theme), navigation, and the section on show. Built in code;
 * rebuilt when the language changes, so every label is re-read from the bundles.
 */
public final class MainView {
    private final MainViewModel model;
    private final AppState state;
    private final BorderPane root = new BorderPane();
    private final StackPane platformDetail = new StackPane();
    private AccountsView accountsView;
    /** The navigation's buttons while it is shown (not during the wizard). */
    private final java.util.Map<Section, ToggleButton> navigationButtons = new java.util.EnumMap<>(Section.class);
    private DashboardView dashboardView;
    private OrganisationView organisationView;
    /** Releases what the page on show listens to on the long-lived view models; run when it is replaced. */
    private Subscription page = Subscription.EMPTY;
    private boolean wizardOnShow;

    public MainView(MainViewModel model) {
        this.model = model;
        this.state = model.state();
        root.getStyleClass().add("app-root");
        root.setId("main");
        state.languageProperty().addListener((obs, old, lang) -> render());
        state.sectionProperty().addListener((obs, old, section) -> showSection());
        state.themeProperty().addListener((obs, old, theme) -> applyTheme());
        root.styleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> state.textSizeProperty().get().style(), state.textSizeProperty()));
        state.textSizeProperty().addListener((obs, old, size) -> render());   // lists measure their rows again
        state.noticeProperty().addListener((obs, old, notice) -> notify(notice));
        state.catalogProperty().addListener((obs, old, catalog) -> render());
        state.catalogErrorProperty().addListener((obs, old, error) -> render());
        state.selectedPlatformIdProperty().addListener((obs, old, id) -> showSelectedPlatform());
        state.bookProperty().addListener((obs, old, book) -> render());
        state.storeProblemProperty().addListener((obs, old, problem) -> render());
        state.wizardShowingProperty().addListener((obs, old, showing) -> render());
        state.dayProperty().addListener((obs, old, day) -> render());   // past midnight: the new day's page
        // A tick refreshes the accounts alone, not the whole page: no stall on the JavaFX thread.
        state.revisionProperty().addListener((obs, old, revision) -> {
            // Only what is on screen is refreshed: a hidden page is rebuilt when it is shown again.
            if (accountsView != null && state.sectionProperty().get() == Section.PLATFORMS) {
                accountsView.render();
            }
            if (dashboardView != null && state.sectionProperty().get() == Section.DASHBOARD) {
                model.dashboard().refresh();      // renders again when the new figures are in
            }
            if (organisationView != null && state.sectionProperty().get() == Section.ORGANISATION) {
                organisationView.render();
            }
        });
        applyTheme();
        render();
    }

    public Parent root() {
        return root;
    }

    /** The window's shared state, for tests that move the day or switch the language as the app does. */
    /** What the window shows, for tests that run its commands as a click would (a file chooser's choice). */
    MainViewModel model() {
        return model;
    }

    AppState state() {
        return state;
    }

    /** Once on screen: keyboard shortcuts need the scene, and the catalog loads in the background. */
    public void start() {
        Section[] sections = Section.values();
        for (int i = 0; i < sections.length; i++) {
            Section section = sections[i];
            root.getScene().getAccelerators().put(
                    new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(i + 1)), KeyCombination.SHORTCUT_DOWN),
                    () -> model.show(section));
        }
        // Not accelerators: those fire before a focused text field sees the key, and Ctrl+Z in a field
        // is the field's own undo. A key the field did not consume bubbles up to here.
        root.getScene().addEventHandler(KeyEvent.KEY_PRESSED, this::undoKeys);
        model.setConfirmation(this::confirm);
        root.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
                () -> model.show(Section.REPORT));
        root.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN),
                () -> model.show(Section.SETTINGS));
        root.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                this::focusSearch);
        root.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.F1), this::showHelp);
        model.start();
    }

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private void undoKeys(KeyEvent key) {
        if (key.isConsumed() || root.getScene().getFocusOwner() instanceof TextInputControl) {
            return;
        }
        if (UNDO.match(key)) {
            key.consume();
            model.undo();
        } else if (REDO.match(key) || REDO_Y.match(key)) {
            key.consume();
            model.redo();
        }
    }

    /** The letter window for an account (the card's and the dashboard's letter buttons). */
    private void writeLetter(String accountId) {
        if (state.book() != null) {
            state.book().account(accountId).ifPresent(account ->
                    LetterDialog.show(root.getScene().getWindow(), model.context(), state, account));
        }
    }

    /** Ctrl+F: the search field of the page shown (an account filter before the platform list's). */
    private void focusSearch() {
        for (String id : List.of("#dashboard-search", "#accounts-filter", "#platform-search")) {
            Node field = root.lookup(id);
            if (field != null && field.isVisible()) {
                field.requestFocus();
                return;
            }
        }
    }

    /** F1: the keyboard shortcuts and where to read more, in the app's language. */
    private void showHelp() {
        Messages m = state.messages();
        Dialogs.over(root, m).inform(m.get("help.title"), m.get("help.text", model.context().storeFile()));
    }

    private boolean confirm(String title, String text, String yes, String no) {
        return Dialogs.over(root, state.messages()).confirm(title, text, yes, no);
    }

    private void render() {
        Messages m = state.messages();
        leavePage();
        navigationButtons.clear();
        root.setTop(header(m));
        boolean wasWizard = wizardOnShow;
        wizardOnShow = state.wizardShowingProperty().get() && model.wizard() != null;
        if (wizardOnShow) {
            root.setLeft(null);
            WizardView wizard = new WizardView(model.wizard());
            page = wizard::detach;
            root.setCenter(wizard.root());
        } else {
            model.wizard();
            root.setLeft(navigation(m));
            root.setCenter(withStoreProblem(m, section(m)));
            if (wasWizard) {
                Focus.whenShown(root.getCenter());  // the page the wizard led to, not the header's language menu
            }
        }
        root.setBottom(statusBar());
    }

    private Node statusBar() {
        Label status = new Label();
        status.setId("status");
        status.setWrapText(true);
        status.textProperty().bind(state.statusProperty());
        HBox bar = new HBox(status);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    /** A store that cannot be used is said above the content; the guides stay readable. */
    private Node withStoreProblem(Messages m, Node content) {
        StoreProblem problem = state.storeProblemProperty().get();
        if (problem == null) {
            return content;
        }
        VBox.setVgrow(content, Priority.ALWAYS);
        StoreProblemView.Actions actions = new StoreProblemView.Actions(model::restoreBackup, model::reloadTheirs,
                model::keepMine, model::compareVersions);
        return new VBox(new StoreProblemView(problem, m, model.context().clock().getZone(), actions).root(), content);
    }

    private Node header(Messages m) {
        Label title = new Label(MainWindow.TITLE);
        title.getStyleClass().add("app-title");
        Label tagline = new Label(m.get("app.tagline"));
        tagline.getStyleClass().add("muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        ComboBox<Language> language = new ComboBox<>();
        language.setId("language");
        language.getItems().setAll(Language.values());
        language.setCellFactory(list -> languageCell(m));
        language.setButtonCell(languageCell(m));
        language.setValue(state.languageProperty().get());
        language.setOnAction(e -> model.switchLanguage(language.getValue()));
        language.setAccessibleText(m.get("header.language"));

        ToggleButton theme = new ToggleButton(m.get("header.darkTheme"));
        theme.setId("theme");
        theme.setSelected(state.themeProperty().get() == Theme.DARK);
        theme.setOnAction(e -> model.toggleTheme());

        Label languageLabel = new Label(m.get("header.language"));
        languageLabel.setLabelFor(language);
        // The tagline gives way first; the title and the controls keep their words at any text size.
        tagline.setMinWidth(0);
        for (Region keep : List.of(title, languageLabel, language, theme)) {
            keep.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox header = new HBox(title, tagline, spacer, languageLabel, language, theme);
        header.getStyleClass().add("app-header");
        return header;
    }

    private static ListCell<Language> languageCell(Messages m) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Language item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : m.label(item));
            }
        };
    }

    /**
     * Another section: only the page changes. The header, the navigation and the status bar stay (built
     * again, they were styled again, which opening a page from the dashboard paid for at every click).
     */
    private void showSection() {
        if (wizardOnShow || navigationButtons.isEmpty()) {
            render();
            return;
        }
        Messages m = state.messages();
        leavePage();
        navigationButtons.forEach((section, button) -> button.setSelected(state.sectionProperty().get() == section));
        root.setCenter(withStoreProblem(m, section(m)));
    }

    private void leavePage() {
        page.unsubscribe();
        page = Subscription.EMPTY;
        dashboardView = null;
        organisationView = null;
    }

    private Node navigation(Messages m) {
        ToggleGroup group = new ToggleGroup();
        VBox nav = new VBox();
        nav.getStyleClass().add("app-nav");
        for (Section section : model.navigation()) {
            ToggleButton button = new ToggleButton(m.label(section));
            button.setId("nav-" + section.name().toLowerCase(java.util.Locale.ROOT));
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setSelected(state.sectionProperty().get() == section);
            navigationButtons.put(section, button);
            // A toggle group lets the user unselect the current button; keep one always chosen.
            button.setOnAction(e -> {
                button.setSelected(true);
                model.show(section);
            });
            nav.getChildren().add(button);
        }
        return nav;
    }

    private Node section(Messages m) {
        if (state.catalogErrorProperty().get() != null) {
            return message(m.get("app.catalogError", state.catalogErrorProperty().get()), "error-text");
        }
        if (state.catalogProperty().get() == null) {
            return message(m.get("app.loading"), "muted");
        }
        return switch (state.sectionProperty().get()) {
            case PLATFORMS -> platforms();
            case SETTINGS -> new SettingsView(model).root();
            case DASHBOARD -> dashboard();
            case REPORT -> report();
            case ORGANISATION -> organisation(m);
        };
    }

    private Node organisation(Messages m) {
        return model.organisation().<Node>map(vm -> {
            organisationView = new OrganisationView(vm, m);
            return organisationView.root();
        }).orElseGet(() -> message(m.get("measures.businessOnly"), "muted"));
    }

    private Node report() {
        ReportView report = new ReportView(model.report(), state.messages());
        page = report::detach;
        return report.root();
    }

    private Node dashboard() {
        model.dashboard().refresh();        // the language or the day may have changed since it was last shown
        dashboardView = new DashboardView(model.dashboard(), state.messages(), this::writeLetter);
        page = () -> model.dashboard().setOnUpdate(null);      // the long-lived model lets go of this view
        return dashboardView.root();
    }

    private Node platforms() {
        PlatformListView list = new PlatformListView(model.platformList(), state.messages(), () ->
                CustomPlatformDialog.ask(root, state.messages(), state.today())
                        .ifPresent(model::addCustomPlatform));
        SplitPane split = new SplitPane(list.root(), platformDetail);
        split.setDividerPositions(0.27);
        SplitPane.setResizableWithParent(list.root(), false);
        showSelectedPlatform();
        return split;
    }

    private void showSelectedPlatform() {
        String focused = state.focusedAccountProperty().get();
        accountsView = model.selectedAccounts().map(vm -> {
            if (focused != null) {
                vm.showAccount(focused);          // the page that has the account the dashboard opened
            }
            return new AccountsView(vm, state.messages(), this::writeLetter, EvidenceChooser.system(state.messages()));
        }).orElse(null);
        Node page = model.selectedPlatform()
                .<Node>map(vm -> new PlatformView(vm, state.messages(), accountsView).root())
                .orElseGet(() -> message(state.messages().get("platform.none"), "muted"));
        platformDetail.getChildren().setAll(page);
        String account = state.focusedAccountProperty().get();
        String step = state.focusedStepProperty().get();
        if (account != null && page instanceof javafx.scene.control.ScrollPane scroll) {
            state.focusedAccountProperty().set(null);
            state.focusedStepProperty().set(null);
            AccountsView cards = accountsView;
            // After layout, scroll the page so that the account's card is at the top, and mark the step.
            javafx.application.Platform.runLater(() -> {
                // Looked up in the content, which exists before the scroll pane's skin does.
                Node content = scroll.getContent();
                Node stepLine = step == null ? null : content.lookup("#step-" + account + "-" + step);
                if (stepLine != null) {
                    stepLine.getStyleClass().add("highlight");
                }
                Node card = content.lookup("#account-" + account);
                if (card != null) {
                    root.applyCss();
                    root.layout();
                    scrollToShow(scroll, card, 0);
                    card.requestFocus();
                    keepInView(scroll, card, cards);
                }
            });
        }
    }

    /**
     * The cards above the opened one are built one per frame and would push it, and what the user
     * looks at, down: once each frame is laid out, before it is drawn, the page is scrolled so that the
     * opened card is where it was in the view (at the top, or wherever the user has scrolled it since).
     */
    private void keepInView(javafx.scene.control.ScrollPane scroll, Node card, AccountsView cards) {
        javafx.scene.Scene scene = root.getScene();
        cards.setOnCardAbove(() -> {
            double shownAt = yInView(scroll, card);        // still the last frame's layout
            Runnable[] place = new Runnable[1];
            place[0] = () -> {
                scene.removePostLayoutPulseListener(place[0]);
                if (card.getScene() == scene) {
                    scrollToShow(scroll, card, shownAt);
                }
            };
            scene.addPostLayoutPulseListener(place[0]);
        });
    }

    /** Where {@code node} is below the top of the page's view. */
    private static double yInView(javafx.scene.control.ScrollPane scroll, Node node) {
        return yInPage(scroll, node) - Math.max(0, scrollRange(scroll)) * scroll.getVvalue();
    }

    /** Scrolls the laid-out page so that {@code node} is {@code y} below the top of the view, as far as it goes. */
    private static void scrollToShow(javafx.scene.control.ScrollPane scroll, Node node, double y) {
        double range = scrollRange(scroll);
        scroll.setVvalue(range <= 0 ? 0 : Math.max(0, Math.min(1, (yInPage(scroll, node) - y) / range)));
    }

    private static double yInPage(javafx.scene.control.ScrollPane scroll, Node node) {
        return scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
    }

    /** How far the page scrolls: its height beyond the view's. */
    private static double scrollRange(javafx.scene.control.ScrollPane scroll) {
        return scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
    }

    private static Node message(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        StackPane pane = new StackPane(label);
        pane.getStyleClass().add("message-pane");
        return pane;
    }

    /** A non-blocking notification in the corner of the window, repeated in the status bar. */
    private void notify(String notice) {
        if (notice == null || root.getScene() == null) {
            return;
        }
        state.statusProperty().set(notice);
        Notifications notification = Notifications.create()
                .title(MainWindow.TITLE)
                .text(notice)
                .owner(root.getScene().getWindow())
                .hideAfter(Duration.seconds(12));
        if (model.dashboard().hasDue()) {
            notification.action(new org.controlsfx.control.action.Action(state.messages().get("notice.show"),
                    e -> model.showDueActions()));
        }
        notification.showInformation();
    }

    private void applyTheme() {
        state.themeProperty().get().applyTo(root);
    }
}
