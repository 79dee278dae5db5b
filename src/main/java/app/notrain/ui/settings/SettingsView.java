package app.notrain.ui.settings;

import app.notrain.i18n.Language;
import app.notrain.i18n.Messages;
import app.notrain.ui.MainViewModel;
import app.notrain.ui.RadioChoices;
import app.notrain.ui.TextSize;
import app.notrain.ui.Theme;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import java.io.File;

/** Language, theme, the set-up wizard again, where the progress is kept, the report's cover, and catalog import. */
public final class SettingsView {
    /** Changes listed after an import; the rest are counted. */
    private static final int GUIDE_UPDATES_SHOWN = 40;
    private final VBox root = new VBox();

    public SettingsView(MainViewModel model) {
        Messages m = model.state().messages();
        root.getStyleClass().addAll("page", "settings");
        Label title = new Label(m.get("settings.title"));
        title.getStyleClass().add("page-title");
        root.getChildren().add(title);

        root.getChildren().add(heading(m.get("settings.language")));
        root.getChildren().add(RadioChoices.of(List.of(Language.values()), model.state().languageProperty().get(),
                m::label, language -> "settings-language-" + language.code(), model::switchLanguage));
        root.getChildren().add(heading(m.get("settings.theme")));
        root.getChildren().add(RadioChoices.of(List.of(Theme.values()), model.state().themeProperty().get(),
                m::label, theme -> "settings-theme-" + theme.name().toLowerCase(java.util.Locale.ROOT),
                model.state().themeProperty()::set));
        root.getChildren().add(heading(m.get("settings.textSize")));
        root.getChildren().add(RadioChoices.of(List.of(TextSize.values()), model.state().textSizeProperty().get(),
                m::label, size -> "settings-text-" + size.name().toLowerCase(java.util.Locale.ROOT),
                model.state().textSizeProperty()::set));

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
        root.getChildren().addAll(setup, store);
        if (model.state().book() != null) {
            root.getChildren().add(cover(new ReportCoverViewModel(model.state().book(), m), m));
        }
        root.getChildren().addAll(heading(m.get("settings.catalog")), catalog, importCatalog);
        List<String> updates = model.guideUpdateLines(GUIDE_UPDATES_SHOWN);
        if (!model.state().guideUpdates().isEmpty()) {
            VBox since = new VBox(heading(m.get("settings.guideUpdates.title", model.state().guideUpdates().size())));
            since.setId("guide-updates");
            updates.forEach(line -> {
                Label item = new Label("• " + line);
                item.setWrapText(true);
                since.getChildren().add(item);
            });
            root.getChildren().add(since);
        }

        Label privacy = new Label(m.get("settings.privacy"));
        privacy.setWrapText(true);
        privacy.getStyleClass().add("muted");
        root.getChildren().add(privacy);
    }

    /** The organisation and the author the report's cover names. */
    private static Node cover(ReportCoverViewModel cover, Messages m) {
        TextField organisation = field("settings-cover-organisation", cover.organisationProperty());
        TextField author = field("settings-cover-author", cover.authorProperty());
        Label organisationLabel = new Label(m.get("settings.cover.organisation"));
        organisationLabel.setLabelFor(organisation);
        Label authorLabel = new Label(m.get("settings.cover.author"));
        authorLabel.setLabelFor(author);
        Button save = new Button(m.get("settings.cover.save"));
        save.setId("settings-cover-save");
        save.setOnAction(e -> cover.save());
        Label status = new Label();
        status.setId("settings-cover-status");
        status.getStyleClass().add("muted");
        status.textProperty().bind(cover.statusProperty());
        VBox box = new VBox(4, heading(m.get("settings.cover")), organisationLabel, organisation, authorLabel, author,
                new HBox(8, save, status));
        box.setMaxWidth(480);
        return box;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty text) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(text);
        return field;
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
