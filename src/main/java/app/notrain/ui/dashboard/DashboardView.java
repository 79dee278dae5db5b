package app.notrain.ui.dashboard;

import static app.notrain.ui.Labels.badge;
import static app.notrain.ui.Labels.text;

import app.notrain.i18n.Messages;
import app.notrain.progress.Urgency;
import app.notrain.ui.dashboard.DashboardViewModel.ActionRow;
import app.notrain.ui.dashboard.DashboardViewModel.Summary;
import app.notrain.ui.dashboard.DashboardViewModel.Tally;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The home screen: summary, progress per platform and owner, a chart, and the ranked open actions. */
public final class DashboardView {
    private final DashboardViewModel model;
    private final Messages m;
    private final VBox root = new VBox();

    public DashboardView(DashboardViewModel model, Messages messages) {
        this.model = model;
        this.m = messages;
        root.getStyleClass().addAll("page", "dashboard");
        root.setId("dashboard");
        render();
    }

    public Node root() {
        return root;
    }

    /** Rebuilds from the model: called when the progress changes. */
    public void render() {
        Label title = new Label(m.get("dashboard.title"));
        title.getStyleClass().add("page-title");
        if (!model.hasAccounts()) {
            Button setup = new Button(m.get("dashboard.setUp"));
            setup.setId("dashboard-setup");
            setup.getStyleClass().add("accent");
            setup.setOnAction(e -> model.startSetup());
            Label empty = text(m.get("dashboard.empty"), null);
            empty.setId("dashboard-empty");
            root.getChildren().setAll(title, empty, setup);
            return;
        }
        root.getChildren().setAll(title, summary(model.summary()), overview());
        if (model.actions().isEmpty() && model.summary().open() == 0) {
            Label done = text(m.get("dashboard.allDone"), "dashboard-done");
            done.setId("dashboard-done");
            root.getChildren().add(done);
            return;
        }
        Label listTitle = new Label(m.get("dashboard.actions"));
        listTitle.getStyleClass().add("section-title");
        ListView<ActionRow> list = actionList();
        VBox.setVgrow(list, Priority.ALWAYS);
        root.getChildren().addAll(listTitle, filters(), list);
    }

    private Node summary(Summary s) {
        FlowPane tiles = new FlowPane(
                tile("dashboard-accounts", s.accounts(), m.get("dashboard.tile.accounts"), null),
                tile("dashboard-done-count", s.done(), m.get("dashboard.tile.done"), "tile-ok"),
                tile("dashboard-open", s.open(), m.get("dashboard.tile.open"), s.open() > 0 ? "tile-warn" : null),
                tile("dashboard-refused", s.refused(), m.get("dashboard.tile.refused"),
                        s.refused() > 0 ? "tile-danger" : null),
                tile("dashboard-exposed", s.exposedAccounts(), m.get("dashboard.tile.exposed"),
                        s.exposedAccounts() > 0 ? "tile-danger" : null));
        tiles.getStyleClass().add("tiles");
        return tiles;
    }

    private static Node tile(String id, int value, String label, String style) {
        Label number = new Label(String.valueOf(value));
        number.setId(id);
        number.getStyleClass().add("tile-number");
        VBox tile = new VBox(number, new Label(label));
        tile.getStyleClass().add("tile");
        if (style != null) {
            tile.getStyleClass().add(style);
        }
        return tile;
    }

    private Node overview() {
        VBox bars = new VBox(text(m.get("dashboard.byPlatform"), "subheading"));
        model.byPlatform().forEach(t -> bars.getChildren().add(bar(t)));
        List<Tally> owners = model.byOwner();
        if (owners.size() > 1) {
            bars.getChildren().add(text(m.get("dashboard.byOwner"), "subheading"));
            owners.forEach(t -> bars.getChildren().add(bar(t)));
        }
        bars.getStyleClass().add("dashboard-bars");
        HBox.setHgrow(bars, Priority.ALWAYS);
        HBox box = new HBox(bars);
        Map<Urgency, Long> counts = model.countsByUrgency();
        if (!counts.isEmpty()) {
            CategoryAxis kinds = new CategoryAxis();
            long most = counts.values().stream().mapToLong(Long::longValue).max().orElse(1);
            // Whole numbers only: counts of actions.
            NumberAxis number = new NumberAxis(0, most, Math.max(1, Math.ceil(most / 8.0)));
            number.setMinorTickVisible(false);
            BarChart<Number, String> chart = new BarChart<>(number, kinds);
            chart.setId("dashboard-chart");
            chart.setTitle(m.get("dashboard.chart"));
            chart.setLegendVisible(false);
            chart.setAnimated(false);
            chart.setPrefSize(460, 240);
            chart.setMinSize(380, 200);
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            // A vertical category axis lists from the bottom up: add in reverse so the most urgent is on top.
            List<Urgency> kindsInOrder = new ArrayList<>(counts.keySet());
            java.util.Collections.reverse(kindsInOrder);
            kindsInOrder.forEach(u -> series.getData().add(new XYChart.Data<>(counts.get(u),
                    m.get("dashboard.kind." + u.name()))));
            chart.getData().add(series);
            box.getChildren().add(chart);
        }
        box.getStyleClass().add("dashboard-overview");
        return box;
    }

    private Node bar(Tally t) {
        ProgressBar bar = new ProgressBar(t.fraction());
        bar.setPrefWidth(220);
        bar.setAccessibleText(m.get("dashboard.tally", t.name(), t.done(), t.total()));
        Label name = new Label(t.name());
        name.setPrefWidth(170);
        HBox line = new HBox(name, bar, new Label(m.get("dashboard.doneOf", t.done(), t.total())));
        line.getStyleClass().add("tally");
        return line;
    }

    private Node filters() {
        ComboBox<String> owner = filter("dashboard-owner", model.owners(), m.get("dashboard.allOwners"), o -> o);
        owner.valueProperty().bindBidirectional(model.ownerProperty());
        ComboBox<String> platform = filter("dashboard-platform", model.platforms(), m.get("dashboard.allPlatforms"),
                model::platformName);
        platform.valueProperty().bindBidirectional(model.platformProperty());
        ComboBox<Urgency> urgency = filter("dashboard-urgency", List.of(Urgency.values()), m.get("dashboard.allKinds"),
                m::label);
        urgency.valueProperty().bindBidirectional(model.urgencyProperty());
        TextField search = new TextField();
        search.setId("dashboard-search");
        search.setPromptText(m.get("dashboard.search"));
        search.textProperty().bindBidirectional(model.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox box = new HBox(owner, platform, urgency, search);
        box.getStyleClass().add("dashboard-filters");
        return box;
    }

    /** A filter whose empty choice (null) means "all". */
    private static <T> ComboBox<T> filter(String id, List<T> values, String all, Function<T, String> name) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        List<T> items = new ArrayList<>();
        items.add(null);
        items.addAll(values);
        box.getItems().setAll(items);
        box.setCellFactory(list -> cell(all, name));
        box.setButtonCell(cell(all, name));
        box.setAccessibleText(all);
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return box;
    }

    private static <T> ListCell<T> cell(String all, Function<T, String> name) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? all : name.apply(item));
            }
        };
    }

    private ListView<ActionRow> actionList() {
        ListView<ActionRow> list = new ListView<>(model.actions());
        list.setId("dashboard-actions");
        list.setPlaceholder(new Label(m.get("dashboard.noMatch")));
        list.setCellFactory(view -> new ActionCell());
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                model.open(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2
                    && list.getSelectionModel().getSelectedItem() != null) {
                model.open(list.getSelectionModel().getSelectedItem());
            }
        });
        return list;
    }

    private final class ActionCell extends ListCell<ActionRow> {
        ActionCell() {
            setPrefWidth(0);        // follow the list's width: long titles are cut, the button stays visible
        }

        @Override
        protected void updateItem(ActionRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label why = badge(row.why(), "urgency-" + row.urgency().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            Label what = new Label(m.get("dashboard.action", row.platform(), row.account(), row.step()));
            Button open = new Button(m.get("dashboard.open"));
            open.setOnAction(e -> model.open(row));
            open.setFocusTraversable(false);
            HBox line = new HBox(why, what);
            line.getStyleClass().add("action-line");
            HBox.setHgrow(what, Priority.ALWAYS);
            what.setMaxWidth(Double.MAX_VALUE);
            what.setMinWidth(0);
            why.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            open.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            line.getChildren().add(open);
            setGraphic(line);
            setAccessibleText(row.why() + ", " + what.getText());
        }
    }
}
