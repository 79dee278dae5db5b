package app.notrain.ui.dashboard;

import static app.notrain.ui.Labels.text;

import app.notrain.i18n.Messages;
import app.notrain.progress.Protection;
import app.notrain.ui.dashboard.DashboardViewModel.ActionRow;
import app.notrain.ui.dashboard.DashboardViewModel.Chip;
import app.notrain.ui.dashboard.DashboardViewModel.Share;
import app.notrain.ui.dashboard.DashboardViewModel.Summary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private final Label title = new Label();
    private final Label listTitle = new Label();
    private final Label loading;
    private final Label allDone;
    private final SummaryPart summary;
    private final Map<String, TitledPane> sharePanes = new HashMap<>();
    /** Set while the view folds or unfolds a summary itself, so that only the user's choice is kept. */
    private boolean folding;
    private final Kept<List<TeamRows.Row>, Node> team = new Kept<>();
    private final Kept<List<Object>, Node> filters = new Kept<>();
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
        title.setText(m.get("dashboard.title"));
        title.getStyleClass().add("page-title");
        listTitle.setText(m.get("dashboard.actions"));
        listTitle.getStyleClass().add("section-title");
        summary = new SummaryPart();
        loading = text(m.get("app.loading"), "muted");
        loading.setId("dashboard-loading");
        allDone = text(m.get("dashboard.allDone"), "dashboard-done");
        allDone.setId("dashboard-done");
        model.setOnUpdate(this::render);
        render();
    }

    public Node root() {
        return root;
    }

    /**
     * Shows the model: called when the progress changes. A tick changes the words and counts, rarely
     * what the page is made of, so the parts are kept and updated in place (restyling a rebuilt page
     * stalled the window for a quarter of a second at 10,000 accounts); a part is built again only
     * when what it lists changed. The list keeps its scroll position.
     */
    public void render() {
        if (!model.isReady()) {
            show(List.of(title, loading));
            return;
        }
        if (!model.hasAccounts() && !model.hasTeam()) {
            Button setup = new Button(m.get("dashboard.setUp"));
            setup.setId("dashboard-setup");
            setup.getStyleClass().add("accent");
            setup.setOnAction(e -> model.startSetup());
            Label empty = text(m.get("dashboard.empty"), null);
            empty.setId("dashboard-empty");
            List<Node> children = new ArrayList<>(List.of(title, empty, setup));
            if (model.offersTeam()) {
                children.add(team());
            }
            show(children);
            list = null;
            return;
        }
        List<Node> children = new ArrayList<>(List.of(title, summary.update(model.summary())));
        if (!model.owners().isEmpty()) {        // one person's accounts have no owner to compare
            children.add(shares("dashboard-by-owner", "dashboard.byOwner", model.byOwner()));
        }
        children.add(shares("dashboard-by-platform", "dashboard.byPlatform", model.byPlatform()));
        if (model.offersTeam()) {
            children.add(team());
        }
        if (!model.hasOpenActions()) {
            children.add(allDone);
            show(children);
            list = null;
            return;
        }
        if (list == null) {
            list = actionList();
            VBox.setVgrow(list, Priority.ALWAYS);
        }
        children.addAll(List.of(listTitle, filters(), list));
        show(children);
    }

    private void show(List<Node> children) {
        showIn(page, children);
    }

    /** Puts {@code children} in {@code pane} unless they are already there: nodes put back are styled again. */
    private static void showIn(javafx.scene.layout.Pane pane, List<? extends Node> children) {
        if (!pane.getChildren().equals(children)) {
            pane.getChildren().setAll(children);
        }
    }

    /** The colleagues' reports, built again only when they changed. */
    private Node team() {
        return team.of(model.teamRows(), rows -> new TeamPane(model, m).build());
    }

    /** What a part shows and the part, built again only when what it shows changed. */
    private static final class Kept<K, T> {
        private K shown;
        private T made;

        T of(K showing, java.util.function.Function<K, T> build) {
            if (made == null || !showing.equals(shown)) {
                made = build.apply(showing);
                shown = showing;
            }
            return made;
        }
    }

    /** The headline and its chips, kept and updated in place: a tick changes their words, rarely their number. */
    private final class SummaryPart {
        private final Label headline = new Label();
        private final FlowPane chips = new FlowPane();
        private final Label organisation = new Label();
        private final HBox organisationLine;
        private final Label company = text("", "team-company");
        private final VBox box = new VBox();
        private final Kept<List<Protection>, List<Button>> chipButtons = new Kept<>();
        private final Kept<List<String>, List<Label>> stale = new Kept<>();

        SummaryPart() {
            headline.setId("dashboard-headline");
            headline.getStyleClass().add("headline");
            headline.setWrapText(true);
            chips.setId("dashboard-chips");
            chips.getStyleClass().add("chips");
            organisation.setId("dashboard-organisation");
            organisation.setWrapText(true);
            Button open = new Button(m.get("dashboard.openOrganisation"));
            open.setId("dashboard-open-organisation");
            open.setMinWidth(Region.USE_PREF_SIZE);
            open.setOnAction(e -> model.openOrganisation());
            organisationLine = new HBox(organisation, open);
            organisationLine.getStyleClass().add("link-line");
            company.setId("dashboard-company");
            box.getStyleClass().add("dashboard-summary");
        }

        Node update(Summary s) {
            headline.setText(s.headline());
            List<Button> buttons = chipButtons.of(s.chips().stream().map(Chip::protection).toList(),
                    kinds -> kinds.stream().map(this::chip).toList());
            for (int i = 0; i < buttons.size(); i++) {
                buttons.get(i).setText(s.chips().get(i).text());
            }
            showIn(chips, buttons);
            List<Node> children = new ArrayList<>(List.of(headline, chips));
            if (s.organisation() != null) {
                organisation.setText(m.get("dashboard.organisation", s.organisation()));
                children.add(organisationLine);
            }
            if (model.companyHeadline() != null) {
                company.setText(model.companyHeadline());
                children.add(company);
            }
            children.addAll(stale.of(model.staleReports(),
                    lines -> lines.stream().map(line -> text(line, "team-stale")).toList()));
            showIn(box, children);
            return box;
        }

        private Button chip(Protection protection) {
            Button b = new Button();
            b.getStyleClass().addAll("chip", style(protection));
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setAccessibleHelp(m.get("dashboard.chipHelp"));
            b.setOnAction(e -> model.protectionProperty().set(protection));
            return b;
        }
    }

    /** A folding list of stacked bars, one per owner or platform, virtualised; made once, then updated. */
    private Node shares(String id, String titleKey, List<Share> shares) {
        TitledPane pane = sharePanes.computeIfAbsent(id, this::sharePane);
        @SuppressWarnings("unchecked")
        ListView<Share> view = (ListView<Share>) pane.getContent();
        if (!view.getItems().equals(shares)) {
            view.getItems().setAll(shares);
        }
        view.setPrefHeight(Math.min(shares.size(), SHARE_ROWS_SHOWN) * SHARE_ROW + 4);
        view.setFocusTraversable(shares.size() > SHARE_ROWS_SHOWN);
        long complete = shares.stream().filter(Share::complete).count();
        pane.setText(m.get(titleKey, shares.size(), complete));
        boolean open = model.isUnfolded(id, shares.size() <= FOLD_ABOVE);
        if (pane.isExpanded() != open) {
            folding = true;                     // the default, not the user's choice: not remembered
            pane.setExpanded(open);
            folding = false;
        }
        return pane;
    }

    private TitledPane sharePane(String id) {
        ListView<Share> view = new ListView<>();
        view.setId(id + "-list");
        view.setCellFactory(v -> new ShareCell());
        view.setFixedCellSize(SHARE_ROW);
        view.setMinHeight(Region.USE_PREF_SIZE);
        TitledPane pane = new TitledPane("", view);
        pane.setId(id);
        pane.getStyleClass().add("dashboard-shares");
        pane.setAnimated(false);
        pane.expandedProperty().addListener((obs, was, now) -> {
            if (!folding) {
                model.setUnfolded(id, now);
            }
        });
        return pane;
    }

    /** A stacked bar's row; its nodes are made once per cell and given each share's figures. */
    private final class ShareCell extends ListCell<Share> {
        private final Label name = new Label();
        private final Map<Protection, Region> segments = new java.util.EnumMap<>(Protection.class);
        private final Label count = new Label();
        private final HBox line;

        ShareCell() {
            setPrefWidth(0);
            name.setPrefWidth(200);
            name.setMinWidth(80);
            HBox bar = new HBox();
            bar.getStyleClass().add("stacked-bar");
            bar.setMinWidth(BAR_WIDTH);
            bar.setMaxWidth(BAR_WIDTH);
            for (Protection p : Protection.values()) {
                Region segment = new Region();
                segment.getStyleClass().addAll("segment", style(p));
                segment.managedProperty().bind(segment.visibleProperty());
                segments.put(p, segment);
                bar.getChildren().add(segment);
            }
            count.setMinWidth(Region.USE_PREF_SIZE);
            line = new HBox(name, bar, count);
            line.getStyleClass().add("share-line");
            HBox.setHgrow(name, Priority.ALWAYS);
        }

        @Override
        protected void updateItem(Share share, boolean empty) {
            super.updateItem(share, empty);
            if (empty || share == null) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
                setAccessibleText(null);
                return;
            }
            name.setText(share.name());
            segments.forEach((p, segment) -> {
                int n = share.counts().getOrDefault(p, 0);
                segment.setVisible(n > 0);
                double width = n > 0 ? BAR_WIDTH * n / share.accounts() : 0;
                segment.setMinWidth(width);
                segment.setPrefWidth(width);
            });
            count.setText(share.text());
            setGraphic(line);
            // The bar's colours said again in words, for screen readers and the tooltip.
            setAccessibleText(share.words());
            if (getTooltip() == null) {
                setTooltip(new javafx.scene.control.Tooltip());
            }
            getTooltip().setText(share.words());
        }
    }

    /** The filters, built again only when their choices changed (an owner or a platform came or went). */
    private Node filters() {
        return filters.of(java.util.Arrays.asList(model.owners(), model.platforms(), model.statuses(),
                model.hasDue(), model.dueSince()), choices -> buildFilters());
    }

    private Node buildFilters() {
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

    /**
     * One action: the step, why it is urgent, whose it is, and its buttons. The nodes are made once per
     * cell and given each row's words as the list scrolls or the progress changes.
     */
    private final class ActionCell extends ListCell<ActionRow> {
        private final Label step = new Label();
        private final Label effort = new Label();
        private final Label why = new Label();
        private final Label whose = new Label();
        /** The one-click answer, or for a letter to send, the button that opens it. */
        private final Button quick = new Button();
        private final Button more = new Button();
        private final VBox others = new VBox();
        private final VBox cell;
        private ActionRow row;

        ActionCell() {
            setPrefWidth(0);        // follow the list's width: long texts wrap, the buttons stay visible
            step.getStyleClass().add("action-step");
            step.setWrapText(true);
            effort.getStyleClass().add("muted");
            effort.setMinWidth(Region.USE_PREF_SIZE);
            // The step whole, on two lines if need be; the effort beside it or below.
            FlowPane first = new FlowPane(step, effort);
            first.getStyleClass().add("action-line");
            why.getStyleClass().add("badge");
            why.setMinWidth(Region.USE_PREF_SIZE);
            whose.getStyleClass().add("muted");
            whose.setWrapText(true);
            // Beside the badge when it fits, below it when not; never cut (a group names every account).
            FlowPane second = new FlowPane(why, whose);
            second.getStyleClass().add("action-why");
            // The step first, whole; then why it is urgent and whose it is.
            VBox text = new VBox(first, second);
            text.getStyleClass().add("action-text");
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            // A letter to send: the button opens the letter, written for this account.
            quick.setOnAction(e -> {
                if (model.letterLabel(row) != null) {
                    writeLetter.accept(row.accountId());
                } else {
                    model.quick(row);
                }
            });
            Button open = new Button(m.get("dashboard.open"));
            open.setOnAction(e -> model.open(row));
            more.getStyleClass().add("expander");
            more.setTooltip(new javafx.scene.control.Tooltip());
            more.setOnAction(e -> {
                model.toggleExpanded(row);
                getListView().refresh();
            });
            for (Button button : List.of(quick, open, more)) {
                button.setFocusTraversable(false);
                button.setMinWidth(Region.USE_PREF_SIZE);
                button.managedProperty().bind(button.visibleProperty());
            }
            quick.getStyleClass().add("quick");
            HBox line = new HBox(text, quick, open, more);
            line.getStyleClass().add("action-line");
            others.getStyleClass().add("other-steps");
            others.managedProperty().bind(others.visibleProperty());
            cell = new VBox(line, others);
            listViewProperty().addListener((obs, old, view) -> {
                step.maxWidthProperty().unbind();
                whose.maxWidthProperty().unbind();
                if (view != null) {
                    step.maxWidthProperty().bind(view.widthProperty().subtract(WHOSE_MARGIN));
                    whose.maxWidthProperty().bind(view.widthProperty().subtract(WHOSE_MARGIN));
                }
            });
        }

        @Override
        protected void updateItem(ActionRow row, boolean empty) {
            super.updateItem(row, empty);
            this.row = row;
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                setAccessibleText(null);
                return;
            }
            step.setText(row.step());
            effort.setText(row.effort());
            why.setText(row.why());
            String urgency = "urgency-" + row.urgency().name().toLowerCase(Locale.ROOT).replace('_', '-');
            if (!why.getStyleClass().contains(urgency)) {       // a new style class restyles the badge
                why.getStyleClass().removeIf(c -> c.startsWith("urgency-"));
                why.getStyleClass().add(urgency);
            }
            whose.setText(row.whose());
            String letter = model.letterLabel(row);
            quick.setText(letter != null ? letter : row.quickLabel() == null ? "" : row.quickLabel());
            quick.setAccessibleText(letter != null ? null : row.quickHelp());
            quick.setVisible(letter != null || row.quickStatus() != null);
            int otherSteps = row.action().protection().overview().steps().size() - 1;
            more.setText(model.isExpanded(row) ? "▾" : "▸");
            more.setAccessibleText(m.get("dashboard.otherSteps", otherSteps));
            more.getTooltip().setText(more.getAccessibleText());
            more.setDisable(otherSteps < 1);
            others.setVisible(model.isExpanded(row));
            if (model.isExpanded(row)) {
                others.getChildren().setAll(model.otherSteps(row).stream().map(Label::new).toList());
            } else {
                others.getChildren().clear();
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
