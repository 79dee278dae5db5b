package app.notrain.ui.report;

import static app.notrain.ui.Labels.text;

import app.notrain.i18n.Language;
import app.notrain.i18n.Messages;
import app.notrain.report.ReportFormats;
import app.notrain.ui.Dialogs;
import java.io.File;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import javafx.util.Subscription;
import javafx.beans.property.Property;
import javafx.util.converter.LocalDateStringConverter;

/** The export page: every choice on one screen, Enter exports, "Open" shows the file. */
public final class ReportView {
    private final VBox root = new VBox();
    /** The bindings to the page's view model, which outlives this view: undone by {@link #detach()}. */
    private Subscription bindings = Subscription.EMPTY;

    public ReportView(ReportViewModel model, Messages m) {
        root.getStyleClass().addAll("page", "report-page");
        root.setId("report");
        Label title = new Label(m.get("report.ui.title"));
        title.getStyleClass().add("page-title");
        if (!model.canExport()) {
            root.getChildren().setAll(title, text(m.get("report.ui.noProgress"), "muted"));
            return;
        }
        ChoiceBox<ReportFormats> format = new ChoiceBox<>();
        format.setId("report-format");
        format.getItems().setAll(ReportFormats.values());
        format.setConverter(converter(value -> m.get("report.ui.format." + value.name())));
        bindBoth(format.valueProperty(), model.formatProperty());

        ChoiceBox<Language> language = new ChoiceBox<>();
        language.setId("report-language");
        language.getItems().setAll(Language.values());
        language.setConverter(converter(m::label));
        bindBoth(language.valueProperty(), model.languageProperty());

        ComboBox<String> owner = new ComboBox<>();
        owner.setId("report-owner");
        List<String> owners = new ArrayList<>();
        owners.add(null);
        owners.addAll(model.owners());
        owner.getItems().setAll(owners);
        owner.setCellFactory(list -> ownerCell(m));
        owner.setButtonCell(ownerCell(m));
        bindBoth(owner.valueProperty(), model.ownerProperty());

        DatePicker asOf = new DatePicker();
        asOf.setId("report-as-of");
        asOf.setConverter(new LocalDateStringConverter(
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(m.locale()), null));
        bindBoth(asOf.valueProperty(), model.asOfProperty());

        TextField target = new TextField();
        target.setId("report-target");
        bindBoth(target.textProperty(), model.targetProperty());
        HBox.setHgrow(target, Priority.ALWAYS);
        Button choose = new Button(m.get("report.ui.choose"));
        choose.setId("report-choose");
        choose.setOnAction(e -> chooseFile(model, m));

        GridPane form = new GridPane();
        form.getStyleClass().add("report-form");
        form.setHgap(12);
        form.setVgap(10);
        form.addRow(0, labelFor(m.get("report.ui.format"), format), format);
        form.addRow(1, labelFor(m.get("report.ui.language"), language), language);
        form.addRow(2, labelFor(m.get("report.ui.owner"), owner), owner);
        form.addRow(3, labelFor(m.get("report.ui.asOf"), asOf), asOf);
        form.addRow(4, labelFor(m.get("report.ui.target"), target), new HBox(8, target, choose));
        GridPane.setHgrow(form.getChildren().get(form.getChildren().size() - 1), Priority.ALWAYS);

        Button export = new Button(m.get("report.ui.export"));
        export.setId("report-export");
        export.getStyleClass().add("accent");
        export.setDefaultButton(true);
        export.disableProperty().bind(model.workingProperty());
        export.setOnAction(e -> model.export(file -> mayReplace(m, file)));
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(24, 24);
        progress.visibleProperty().bind(model.workingProperty());
        Label result = new Label();
        result.setId("report-result");
        result.setWrapText(true);
        result.textProperty().bind(model.resultProperty());
        bindings = bindings.and(result.textProperty()::unbind);
        Button open = new Button(m.get("report.ui.open"));
        open.setId("report-open");
        open.visibleProperty().bind(model.writtenProperty().isNotNull());
        open.setOnAction(e -> model.open());
        HBox actions = new HBox(10, export, progress, open);
        actions.getStyleClass().add("link-line");

        root.getChildren().setAll(title, text(m.get("report.ui.intro"), "muted"), form, actions, result);
    }

    public Node root() {
        return root;
    }

    /** Lets go of the view model; called when the window replaces this page. */
    public void detach() {
        bindings.unsubscribe();
        bindings = Subscription.EMPTY;
    }

    private <T> void bindBoth(Property<T> control, Property<T> value) {
        control.bindBidirectional(value);
        bindings = bindings.and(() -> control.unbindBidirectional(value));
    }

    /** The system's file chooser, opened in the folder of the file named and filtered by the format. */
    private void chooseFile(ReportViewModel model, Messages m) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("report.ui.target"));
        Path current;
        try {
            current = Path.of(model.targetProperty().get().strip());
        } catch (java.nio.file.InvalidPathException invalid) {
            current = Path.of("");
        }
        if (current.getParent() != null && current.getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        chooser.setInitialFileName(current.getFileName() == null ? "" : current.getFileName().toString());
        String extension = model.formatProperty().get().create().extension();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                m.get("report.ui.format." + model.formatProperty().get().name()), "*." + extension));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            model.targetProperty().set(file.getAbsolutePath());
        }
    }

    private boolean mayReplace(Messages m, Path existing) {
        return Dialogs.over(root, m).confirm(m.get("report.ui.replaceTitle"),
                m.get("report.ui.replaceQuestion", existing.getFileName(), existing.getParent()),
                m.get("report.ui.replace"), m.get("dialog.cancel"));
    }

    private static Label labelFor(String text, Node control) {
        Label label = new Label(text);
        label.setLabelFor(control);
        return label;
    }

    private static ListCell<String> ownerCell(Messages m) {
        return new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? m.get("report.ui.allOwners") : item);
            }
        };
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choices are not typed");
            }
        };
    }
}
