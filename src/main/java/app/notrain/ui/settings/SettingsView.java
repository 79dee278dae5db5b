package app.notrain.ui.settings;

import app.notrain.i18n.Language;
import app.notrain.i18n.Messages;
import app.notrain.ui.MainViewModel;
import app.notrain.ui.Theme;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import java.io.File;

/** Language, theme, the set-up wizard again, where the progress is kept, and catalog import. */
public final class SettingsView {
    private final VBox root = new VBox();

    public SettingsView(MainViewModel model) {
        Messages m = model.state().messages();
        root.getStyleClass().addAll("page", "settings");
        Label title = new Label(m.get("settings.title"));
        title.getStyleClass().add("page-title");
        root.getChildren().add(title);

        root.getChildren().add(heading(m.get("settings.language")));
        ToggleGroup languages = new ToggleGroup();
        for (Language language : Language.values()) {
            RadioButton choice = new RadioButton(m.label(language));
            choice.setId("settings-language-" + language.code());
            choice.setToggleGroup(languages);
            choice.setSelected(model.state().languageProperty().get() == language);
            choice.setOnAction(e -> model.switchLanguage(language));
            root.getChildren().add(choice);
        }

        root.getChildren().add(heading(m.get("settings.theme")));
        ToggleGroup themes = new ToggleGroup();
        for (Theme theme : Theme.values()) {
            RadioButton choice = new RadioButton(m.label(theme));
            choice.setToggleGroup(themes);
            choice.setSelected(model.state().themeProperty().get() == theme);
            choice.setOnAction(e -> model.state().themeProperty().set(theme));
            root.getChildren().add(choice);
        }
        Button setup = new Button(m.get("settings.setupAgain"));
        setup.setId("settings-setup");
        setup.setDisable(model.state().book() == null);
        setup.setOnAction(e -> model.showWizard());
        Label store = new Label(m.get("settings.store", model.context().storeFile()));
        store.setWrapText(true);
        store.getStyleClass().add("muted");
        Button importCatalog = new Button(m.get("settings.import"));
        importCatalog.setId("settings-import");
        importCatalog.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(m.get("settings.import"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("settings.importFilter"), "*.json"));
            File file = chooser.showOpenDialog(root.getScene().getWindow());
            if (file != null) {
                model.importCatalog(file.toPath());
            }
        });
        Label catalog = new Label(m.get("settings.catalogVersion", model.state().catalogProperty().get() == null ? "—"
                : model.state().catalogProperty().get().catalogVersion()));
        catalog.getStyleClass().add("muted");
        root.getChildren().addAll(setup, store, heading(m.get("settings.catalog")), catalog, importCatalog);

        Label privacy = new Label(m.get("settings.privacy"));
        privacy.setWrapText(true);
        privacy.getStyleClass().add("muted");
        root.getChildren().add(privacy);
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }

    public Node root() {
        return root;
    }
}
