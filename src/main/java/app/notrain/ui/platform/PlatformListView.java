package app.notrain.ui.platform;

import app.notrain.catalog.Platform;
import app.notrain.i18n.Messages;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;

/** The searchable list of platforms; choosing one shows its guide. */
public final class PlatformListView {
    private final VBox root = new VBox();

    /** {@code addCustom}: what "add your own platform" does (the window asks, then adds it). */
    public PlatformListView(PlatformListViewModel model, Messages m, Runnable addCustom) {
        root.getStyleClass().add("platform-list");
        TextField search = TextFields.createClearableTextField();
        search.setId("platform-search");
        search.setPromptText(m.get("platforms.search"));
        search.textProperty().bindBidirectional(model.filterProperty());

        ListView<Platform> list = new ListView<>(model.platforms());
        list.setId("platforms");
        list.setAccessibleText(m.get("platforms.title"));
        list.setCellFactory(view -> new PlatformCell(model));
        VBox.setVgrow(list, Priority.ALWAYS);
        model.platforms().stream().filter(p -> p.id().equals(model.selectedIdProperty().get())).findFirst()
                .ifPresent(p -> list.getSelectionModel().select(p));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, platform) -> model.select(platform));

        Label title = new Label(m.get("platforms.title"));
        title.getStyleClass().add("section-title");
        Label guides = new Label(model.guidesNotice());
        guides.setId("guides-age");
        guides.setWrapText(true);
        guides.getStyleClass().add(model.guidesOld() ? "error-text" : "muted");
        root.getChildren().addAll(title, guides, search, list);
        if (model.canAddCustom()) {
            Button custom = new Button(m.get("custom.add"));
            custom.setId("add-custom-platform");
            custom.setMaxWidth(Double.MAX_VALUE);
            custom.setWrapText(true);
            custom.setOnAction(e -> addCustom.run());
            root.getChildren().add(custom);
        }
    }

    public Node root() {
        return root;
    }

    private static final class PlatformCell extends ListCell<Platform> {
        private final PlatformListViewModel model;
        private final Label group = new Label();
        private final Label name = new Label();
        private final Label subtitle = new Label();
        private final VBox box = new VBox(group, name, subtitle);

        PlatformCell(PlatformListViewModel model) {
            this.model = model;
            group.getStyleClass().add("section-title");
            group.setManaged(false);
            name.getStyleClass().add("platform-name");
            subtitle.getStyleClass().add("muted");
            subtitle.setWrapText(true);
            // Cells follow the list's width instead of widening it: no horizontal scroll bar.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Platform platform, boolean empty) {
            super.updateItem(platform, empty);
            if (empty || platform == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            String header = model.groupHeader(platform);
            group.setText(header == null ? "" : header);
            group.setVisible(header != null);
            group.setManaged(header != null);
            name.setText(platform.name());
            subtitle.setText(model.subtitle(platform));
            setGraphic(box);
            setAccessibleText(platform.name() + ", " + model.subtitle(platform));
        }
    }
}
