package app.notrain.ui.organisation;

import app.notrain.i18n.Messages;
import app.notrain.progress.StepStatus;
import app.notrain.ui.Labels;
import app.notrain.ui.organisation.OrganisationViewModel.MeasureRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The organisation checklist page: one card per measure (a handful, so plain nodes), each with its
 * explanation, sources, where it stands, a one-click Done, and the status, owner, note, evidence
 * and re-check interval. {@link #render()} refreshes the cards in place, so a field keeps the
 * keyboard focus while the user moves through the page.
 */
public final class OrganisationView {
    private final OrganisationViewModel model;
    private final Messages m;
    private final ScrollPane root;
    private final Label summary = new Label();
    private final Map<String, Card> cards = new LinkedHashMap<>();
    private boolean updating;

    /** The controls of one measure that change when the progress does. */
    private record Card(Label standing, Button done, ChoiceBox<StepStatus> status, TextField owner, TextField note,
                        TextField evidence, TextField interval, MeasureRow[] row) {
    }

    public OrganisationView(OrganisationViewModel model, Messages messages) {
        this.model = model;
        this.m = messages;
        Label title = new Label(m.get("measures.title"));
        title.getStyleClass().add("page-title");
        summary.setId("organisation-summary");
        summary.getStyleClass().add("subheading");
        Label intro = Labels.text(m.get("measures.intro"), "muted");
        Label feedback = new Label();
        feedback.setId("organisation-feedback");
        feedback.getStyleClass().add("feedback");
        feedback.textProperty().bind(model.feedbackProperty());
        feedback.managedProperty().bind(feedback.textProperty().isNotEmpty());     // no gap until there is news
        VBox page = new VBox(title, summary, intro, feedback);
        page.getStyleClass().addAll("page", "organisation-page");
        model.measures().forEach(row -> page.getChildren().add(card(row)));
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.setId("organisation-view");
        render();
    }

    public Node root() {
        return root;
    }

    /** Shows the progress as it now is. */
    public void render() {
        updating = true;
        summary.setText(model.summary());
        for (MeasureRow row : model.measures()) {
            Card card = cards.get(row.id());
            card.row()[0] = row;
            card.standing().setText(row.standing());
            card.standing().getStyleClass().removeIf(c -> c.startsWith("situation-"));
            card.standing().getStyleClass().add(row.situationStyle());
            card.done().setVisible(row.open());
            card.status().setValue(row.status());
            setIfChanged(card.owner(), row.owner());
            setIfChanged(card.note(), row.note());
            setIfChanged(card.evidence(), row.evidence());
            setIfChanged(card.interval(), String.valueOf(row.recheckDays()));
        }
        updating = false;
    }

    private Node card(MeasureRow first) {
        String id = "measure-" + first.id();
        MeasureRow[] row = {first};
        Label title = Labels.text(first.title(), "step-title");
        title.setMinWidth(0);
        Label standing = Labels.badge("", "situation-todo");
        standing.setId(id + "-situation");
        HBox top = new HBox(standing, title);
        top.getStyleClass().add("step-line-top");
        Label detail = Labels.text(first.detail(), "muted");

        Button done = new Button(m.get("measures.done"));
        done.setId(id + "-done");
        done.getStyleClass().add("accent");
        done.setMinWidth(Region.USE_PREF_SIZE);
        done.managedProperty().bind(done.visibleProperty());
        done.setAccessibleText(m.get("measures.doneFor", first.title()));
        done.setOnAction(e -> model.markDone(row[0].id()));

        ChoiceBox<StepStatus> status = new ChoiceBox<>();
        status.setId(id + "-status");
        status.getItems().setAll(OrganisationViewModel.STATUSES);
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(StepStatus value) {
                return value == null ? "" : model.statusLabel(value);
            }

            @Override
            public StepStatus fromString(String text) {
                throw new UnsupportedOperationException("choices are not typed");
            }
        });
        status.setAccessibleText(m.get("measures.statusFor", first.title()));
        TextField owner = field(id + "-owner", m.get("measures.owner"), first.title(), 10);
        TextField note = field(id + "-note", m.get("measures.note"), first.title(), 14);
        TextField evidence = field(id + "-evidence", m.get("measures.evidence"), first.title(), 14);
        TextField interval = field(id + "-interval", m.get("measures.interval"), first.title(), 4);
        Label intervalLabel = new Label(m.get("measures.intervalLabel"));
        intervalLabel.setLabelFor(interval);
        HBox intervalBox = new HBox(intervalLabel, interval, new Label(m.get("measures.days")));
        intervalBox.getStyleClass().add("link-line");

        Runnable commit = () -> {
            if (!updating) {
                model.record(row[0].id(), status.getValue(), note.getText(), evidence.getText(), owner.getText(),
                        days(interval.getText()));
            }
        };
        status.setOnAction(e -> {
            if (!updating && status.getValue() != row[0].status()) {
                commit.run();
            }
        });
        for (TextField field : List.of(owner, note, evidence, interval)) {
            field.setOnAction(e -> commit.run());
            field.focusedProperty().addListener((obs, was, now) -> {
                if (!now) {
                    commit.run();
                }
            });
        }
        FlowPane controls = new FlowPane(done, status, owner, note, evidence, intervalBox);
        controls.getStyleClass().add("step-controls");
        VBox box = new VBox(top, detail, sources(first), controls);
        box.getStyleClass().addAll("step-line", "measure-card");
        box.setId(id);
        cards.put(first.id(), new Card(standing, done, status, owner, note, evidence, interval, row));
        return box;
    }

    private Node sources(MeasureRow row) {
        VBox box = new VBox();
        box.getStyleClass().add("measure-sources");
        for (OrganisationViewModel.SourceLine source : row.sources()) {
            Label text = Labels.text(m.get("measures.source", source.text()), "muted");
            if (source.url() == null) {
                box.getChildren().add(text);
            } else {
                Hyperlink link = new Hyperlink(source.url());
                link.setOnAction(e -> model.open(source.url()));
                box.getChildren().add(new HBox(text, link));
            }
        }
        return box;
    }

    private TextField field(String id, String prompt, String measure, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(columns);
        field.setAccessibleText(m.get("measures.fieldFor", prompt, measure));
        return field;
    }

    private static void setIfChanged(TextField field, String value) {
        String text = value == null ? "" : value;
        if (!field.getText().equals(text)) {
            field.setText(text);
        }
    }

    /** The interval typed; null (the catalog's) when empty, -1 (refused in words) when not a number. */
    private static Integer days(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
