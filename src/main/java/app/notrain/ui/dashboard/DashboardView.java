package app.notrain.ui.dashboard;

import static app.notrain.ui.Labels.badge;
import static app.notrain.ui.Labels.text;

import app.notrain.i18n.Messages;
import app.notrain.progress.Protection;
import app.notrain.ui.dashboard.DashboardViewModel.ActionRow;
import app.notrain.ui.dashboard.DashboardViewModel.Chip;
import app.notrain.ui.dashboard.DashboardViewModel.Share;
import app.notrain.ui.dashboard.DashboardViewModel.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The home screen: whether the accounts are protected (headline, per owner, per platform), then
 * the next action of each account, most urgent first. The page scrolls; the lists are virtualised,
 * so a store of thousands of accounts builds a few dozen nodes.
 */
public final class DashboardView {
    /** Owners or platforms listed open; more than this start folded, so the actions stay in view. */
    private static final int FOLD_ABOVE = 8;
    private static final double SHARE_ROW = 30;
    private static final int SHARE_ROWS_SHOWN = 8;
    private static final double BAR_WIDTH = 220;
    /** The width of a row's buttons and padding: the rest is for the account names. */
    private static final double WHOSE_MARGIN = 330;

    private final DashboardViewModel model;
    private final Consumer<String> writeLetter;
    private final Messages m;
    private final VBox page = new VBox();
    private final ScrollPane root = new ScrollPane(page);
    private ListView<ActionRow> list;

    /** {@code writeLetter}: opens the letter window for an account id (a reminder or complaint action). */
    public DashboardView(DashboardViewModel model, Messages messages, Consumer<String> writeLetter) {
        this.model = model;
        this.m = messages;
        this.writeLetter = writeLetter;
        page.getStyleClass().addAll("page", "dashboard");
        root.setId("dashboard");
        root.getStyleClass().add("dashboard-scroll");
        root.setFitToWidth(true);
        // The page fills the window when it fits, and scrolls when the summaries are unfolded.
        root.setFitToHeight(true);
        model.setOnUpdate(this::render);
        render();
    }

    public Node root() {
        return root;
    }

    /** Rebuilds from the model: called when the progress changes. The list keeps its scroll position. */
    public void render() {
        Label title = new Label(m.get("dashboard.title"));
        title.getStyleClass().add("page-title");
        if (!model.isReady()) {
            Label loading = text(m.get("app.loading"), "muted");
            loading.setId("dashboard-loading");
            page.getChildren().setAll(title, loading);
            return;
        }
        if (!model.hasAccounts() && !model.hasTeam()) {
            Button setup = new Button(m.get("dashboard.setUp"));
            setup.setId("dashboard-setup");
            setup.getStyleClass().add("accent");
            setup.setOnAction(e -> model.startSetup());
            Label empty = text(m.get("dashboard.empty"), null);
            empty.setId("dashboard-empty");
            page.getChildren().setAll(title, empty, setup);
            if (model.offersTeam()) {
                page.getChildren().add(new TeamPane(model, m).build());
            }
            list = null;
            return;
        }
        page.getChildren().setAll(title, summary(model.summary()));
        if (!model.owners().isEmpty()) {        // one person's accounts have no owner to compare
            page.getChildren().add(shares("dashboard-by-owner", "dashboard.byOwner", model.byOwner()));
        }
        page.getChildren().add(shares("dashboard-by-platform", "dashboard.byPlatform", model.byPlatform()));
        if (model.offersTeam()) {
            page.getChildren().add(new TeamPane(model, m).build());
        }
        if (!model.hasOpenActions()) {
            Label done = text(m.get("dashboard.allDone"), "dashboard-done");
            done.setId("dashboard-done");
            page.getChildren().add(done);
            list = null;
            return;
        }
        Label listTitle = new Label(m.get("dashboard.actions"));
        listTitle.getStyleClass().add("section-title");
        if (list == null) {
            list = actionList();
        } else {
            list.refresh();
        }
        VBox.setVgrow(list, Priority.ALWAYS);
        page.getChildren().addAll(listTitle, filters(), list);
    }

    private Node summary(Summary s) {
        Label headline = new Label(s.headline());
        headline.setId("dashboard-headline");
        headline.getStyleClass().add("headline");
        headline.setWrapText(true);
        FlowPane chips = new FlowPane();
        chips.setId("dashboard-chips");
        chips.getStyleClass().add("chips");
        for (Chip chip : s.chips()) {
            Button b = new Button(chip.text());
            b.getStyleClass().addAll("chip", style(chip.protection()));
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setAccessibleHelp(m.get("dashboard.chipHelp"));
            b.setOnAction(e -> model.protectionProperty().set(chip.protection()));
            chips.getChildren().add(b);
        }
        VBox box = new VBox(headline, chips);
        if (s.organisation() != null) {
            Label organisation = new Label(m.get("dashboard.organisation", s.organisation()));
            organisation.setId("dashboard-organisation");
            organisation.setWrapText(true);
            Button open = new Button(m.get("dashboard.openOrganisation"));
            open.setId("dashboard-open-organisation");
            open.setMinWidth(Region.USE_PREF_SIZE);
            open.setOnAction(e -> model.openOrganisation());
            HBox line = new HBox(organisation, open);
            line.getStyleClass().add("link-line");
            box.getChildren().add(line);
        }
        if (model.companyHeadline() != null) {
            Label company = text(model.companyHeadline(), "team-company");
            company.setId("dashboard-company");
            box.getChildren().add(company);
        }
        for (String stale : model.staleReports()) {
            box.getChildren().add(text(stale, "team-stale"));
        }
        box.getStyleClass().add("dashboard-summary");
        return box;
    }

    /** A folding list of stacked bars, one per owner or platform, virtualised. */
    private Node shares(String id, String titleKey, List<Share> shares) {
        ListView<Share> view = new ListView<>();
        view.setId(id + "-list");
        view.getItems().setAll(shares);
        view.setCellFactory(v -> new ShareCell());
        view.setFixedCellSize(SHARE_ROW);
        view.setPrefHeight(Math.min(shares.size(), SHARE_ROWS_SHOWN) * SHARE_ROW + 4);
        view.setMinHeight(Region.USE_PREF_SIZE);
        view.setFocusTraversable(shares.size() > SHARE_ROWS_SHOWN);
        long complete = shares.stream().filter(Share::complete).count();
        TitledPane pane = new TitledPane(m.get(titleKey, shares.size(), complete), view);
        pane.setId(id);
        pane.getStyleClass().add("dashboard-shares");
        pane.setExpanded(model.isUnfolded(id, shares.size() <= FOLD_ABOVE));
        pane.expandedProperty().addListener((obs, was, now) -> model.setUnfolded(id, now));
        pane.setAnimated(false);
        return pane;
    }

    private final class ShareCell extends ListCell<Share> {
        ShareCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Share share, boolean empty) {
            super.updateItem(share, empty);
            if (empty || share == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(share.name());
            name.setPrefWidth(200);
            name.setMinWidth(80);
            HBox bar = new HBox();
            bar.getStyleClass().add("stacked-bar");
            bar.setMinWidth(BAR_WIDTH);
            bar.setMaxWidth(BAR_WIDTH);
            for (Protection p : Protection.values()) {
                int n = share.counts().getOrDefault(p, 0);
                if (n > 0) {
                    Region segment = new Region();
                    segment.getStyleClass().addAll("segment", style(p));
                    double width = BAR_WIDTH * n / share.accounts();
                    segment.setMinWidth(width);
                    segment.setPrefWidth(width);
                    bar.getChildren().add(segment);
                }
            }
            Label count = new Label(share.text());
            count.setMinWidth(Region.USE_PREF_SIZE);
            HBox line = new HBox(name, bar, count);
            line.getStyleClass().add("share-line");
            HBox.setHgrow(name, Priority.ALWAYS);
            setGraphic(line);
            // The bar's colours said again in words, for screen readers and the tooltip.
            setAccessibleText(share.words());
            setTooltip(new javafx.scene.control.Tooltip(share.words()));
        }
    }

    private Node filters() {
        ComboBox<String> owner = filter("dashboard-owner", model.owners(), m.get("dashboard.allOwners"), o -> o);
        owner.valueProperty().bindBidirectional(model.ownerProperty());
        ComboBox<String> platform = filter("dashboard-platform", model.platforms(), m.get("dashboard.allPlatforms"),
                model::platformName);
        platform.valueProperty().bindBidirectional(model.platformProperty());
        ComboBox<Protection> status = filter("dashboard-status", model.statuses(), m.get("dashboard.allStatuses"),
                m::label);
        status.valueProperty().bindBidirectional(model.protectionProperty());
        TextField search = new TextField();
        search.setId("dashboard-search");
        search.setPromptText(m.get("dashboard.search"));
        search.setAccessibleText(m.get("dashboard.search"));
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setPrefColumnCount(14);
        FlowPane box = new FlowPane(platform, status, search);
        if (!model.owners().isEmpty()) {
            box.getChildren().add(0, owner);
        }
        if (model.hasDue()) {
            CheckBox due = new CheckBox(m.get("dashboard.dueOnly",
                    new app.notrain.catalog.CatalogTexts(m).date(model.dueSince())));
            due.setId("dashboard-due");
            due.selectedProperty().bindBidirectional(model.dueOnlyProperty());
            box.getChildren().add(due);
        }
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
        box.setMinWidth(Region.USE_PREF_SIZE);
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
        ListView<ActionRow> view = new ListView<>(model.actions());
        view.setId("dashboard-actions");
        view.setPlaceholder(new Label(m.get("dashboard.noMatch")));
        view.setCellFactory(v -> new ActionCell());
        // Room for about five actions always; the page scrolls when the summaries above take more.
        view.setMinHeight(300);
        view.setOnKeyPressed(e -> {
            ActionRow row = view.getSelectionModel().getSelectedItem();
            if (row != null && e.getCode() == KeyCode.ENTER) {
                model.open(row);
            } else if (row != null && e.getCode() == KeyCode.SPACE && row.quickStatus() != null) {
                model.quick(row);
                e.consume();
            }
        });
        view.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2
                    && view.getSelectionModel().getSelectedItem() != null) {
                model.open(view.getSelectionModel().getSelectedItem());
            }
        });
        return view;
    }

    private final class ActionCell extends ListCell<ActionRow> {
        ActionCell() {
            setPrefWidth(0);        // follow the list's width: long texts wrap, the buttons stay visible
        }

        @Override
        protected void updateItem(ActionRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label step = new Label(row.step());
            step.getStyleClass().add("action-step");
            step.setWrapText(true);
            step.maxWidthProperty().bind(getListView().widthProperty().subtract(WHOSE_MARGIN));
            Label effort = new Label(row.effort());
            effort.getStyleClass().add("muted");
            effort.setMinWidth(Region.USE_PREF_SIZE);
            // The step whole, on two lines if need be; the effort beside it or below.
            FlowPane first = new FlowPane(step, effort);
            first.getStyleClass().add("action-line");
            Label why = badge(row.why(), "urgency-" + row.urgency().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            Label whose = new Label(row.whose());
            whose.getStyleClass().add("muted");
            whose.setWrapText(true);
            // Beside the badge when it fits, below it when not; never cut (a group names every account).
            whose.maxWidthProperty().bind(getListView().widthProperty().subtract(WHOSE_MARGIN));
            FlowPane second = new FlowPane(why, whose);
            second.getStyleClass().add("action-why");
            // The step first, whole; then why it is urgent and whose it is.
            VBox text = new VBox(first, second);
            text.getStyleClass().add("action-text");
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);

            HBox line = new HBox(text);
            line.getStyleClass().add("action-line");
            String letter = model.letterLabel(row);
            if (letter != null) {
                // The action is a letter to send: its button opens the letter, written for this account.
                Button write = new Button(letter);
                write.getStyleClass().add("quick");
                write.setOnAction(e -> writeLetter.accept(row.accountId()));
                write.setFocusTraversable(false);
                write.setMinWidth(Region.USE_PREF_SIZE);
                line.getChildren().add(write);
            } else if (row.quickStatus() != null) {
                Button quick = new Button(row.quickLabel());
                quick.getStyleClass().add("quick");
                quick.setOnAction(e -> model.quick(row));
                quick.setFocusTraversable(false);
                quick.setMinWidth(Region.USE_PREF_SIZE);
                quick.setAccessibleText(row.quickHelp());
                line.getChildren().add(quick);
            }
            Button open = new Button(m.get("dashboard.open"));
            open.setOnAction(e -> model.open(row));
            open.setFocusTraversable(false);
            open.setMinWidth(Region.USE_PREF_SIZE);
            Button more = new Button(model.isExpanded(row) ? "▾" : "▸");
            more.getStyleClass().add("expander");
            more.setAccessibleText(m.get("dashboard.otherSteps", row.action().protection().overview().steps().size() - 1));
            more.setTooltip(new javafx.scene.control.Tooltip(more.getAccessibleText()));
            more.setFocusTraversable(false);
            more.setDisable(row.action().protection().overview().steps().size() < 2);
            more.setOnAction(e -> {
                model.toggleExpanded(row);
                getListView().refresh();
            });
            line.getChildren().addAll(open, more);

            VBox cell = new VBox(line);
            if (model.isExpanded(row)) {
                VBox others = new VBox();
                others.getStyleClass().add("other-steps");
                model.otherSteps(row).forEach(s -> others.getChildren().add(new Label(s)));
                cell.getChildren().add(others);
            }
            setGraphic(cell);
            setAccessibleText(row.text());
        }
    }

    /** The style class of a protection status: its colour, always beside words that say it. */
    static String style(Protection p) {
        return "protection-" + p.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
