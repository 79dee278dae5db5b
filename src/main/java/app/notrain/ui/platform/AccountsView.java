package app.notrain.ui.platform;

import app.notrain.i18n.Messages;
import app.notrain.progress.StepStatus;
import app.notrain.ui.Dialogs;
import app.notrain.ui.Labels;
import app.notrain.ui.platform.AccountsViewModel.AccountCard;
import app.notrain.ui.platform.AccountsViewModel.StepGuide;
import app.notrain.ui.platform.AccountsViewModel.StepLine;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.converter.LocalDateStringConverter;

/** "Your accounts" on a platform's page: a checklist per account, history, add/rename/remove. */
public final class AccountsView {
    private static final int BUILT_AT_ONCE = 2;
    private final AccountsViewModel model;
    private final Messages m;
    private final VBox root = new VBox();
    private final java.util.function.Consumer<String> writeLetter;
    private final EvidenceChooser chooser;
    private final Map<String, StepRow> rows = new HashMap<>();
    private final Map<String, CardParts> cardParts = new HashMap<>();
    private List<String> shownStructure;
    /**
     * Cards of the page not built yet, with their newest values. A card is a few dozen controls, and
     * styling twenty at once froze the window for seconds at a business's scale: two are built at once
     * (the first, or the one the dashboard opened and the next), the others one per frame: those
     * {@code above} the opened one first, nearest first, then those {@code below}, in order.
     */
    private final Map<String, AccountCard> above = new LinkedHashMap<>();
    private final Map<String, AccountCard> below = new LinkedHashMap<>();
    /** The topmost card built: cards from {@link #above} go before it. */
    private Node firstCard;
    private Runnable onCardAbove = () -> { };
    private final AnimationTimer builder = new AnimationTimer() {
        @Override
        public void handle(long now) {
            buildNext();
        }
    };
    /** Cards go before this node (the feedback line under them). */
    private Node cardsEnd;
    /**
     * True when the next build shows a new set of cards (the page opened, another page, a filter): then
     * the cards come one per frame. An edit of the cards shown (an account added, renamed, removed)
     * builds them all at once, so that the page keeps the place the user was looking at.
     */
    private boolean newCards = true;
    /** Set while the view itself sets values, so that doing so records nothing. */
    private boolean updating;

    private final TextField pageFilter = new TextField();
    private final Label pageText = new Label();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final HBox pager = new HBox();

    /**
     * {@code writeLetter}: opens the letter window for an account id (null: no letter buttons);
     * {@code chooser}: asks which file to attach as evidence.
     */
    public AccountsView(AccountsViewModel model, Messages messages, java.util.function.Consumer<String> writeLetter,
                        EvidenceChooser chooser) {
        this.model = model;
        this.m = messages;
        this.writeLetter = writeLetter;
        this.chooser = chooser;
        root.getStyleClass().add("accounts");
        root.setId("accounts");
        buildPager();
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                builder.stop();                     // a page no longer shown builds nothing more
            } else if (stillToBuild()) {
                builder.start();
            }
        });
        render();
    }

    /**
     * Runs each time a card is put above the cards already shown, once it is in place: the page's
     * owner keeps what the user looks at where it was.
     */
    public void setOnCardAbove(Runnable onCardAbove) {
        this.onCardAbove = onCardAbove == null ? () -> { } : onCardAbove;
    }

    private void buildNext() {
        boolean up = !above.isEmpty();
        Map<String, AccountCard> from = up ? above : below;
        if (from.isEmpty()) {                   // a page built whole meanwhile left nothing to build
            builder.stop();
            return;
        }
        AccountCard card = from.remove(from.keySet().iterator().next());
        Node built = card(card);
        root.getChildren().add(root.getChildren().indexOf(up ? firstCard : cardsEnd), built);
        update(card);
        if (up) {
            firstCard = built;
            onCardAbove.run();
        }
        if (!stillToBuild()) {
            builder.stop();
        }
    }

    private boolean stillToBuild() {
        return !above.isEmpty() || !below.isEmpty();
    }

    /** The first card built when the page opens: the account the dashboard opened, else the first. */
    private int firstBuilt(List<AccountCard> cards) {
        String wanted = model.wantedAccount();
        for (int i = 0; wanted != null && i < cards.size(); i++) {
            if (cards.get(i).id().equals(wanted)) {
                return i;
            }
        }
        return 0;
    }

    /** Built once and kept, so that typing in the filter never loses the focus when the cards change. */
    private void buildPager() {
        pageFilter.setId("accounts-filter");
        pageFilter.setPromptText(m.get("accounts.filter"));
        pageFilter.setAccessibleText(m.get("accounts.filter"));
        pageFilter.setText(model.filter());
        pageFilter.textProperty().addListener((obs, old, text) -> {
            model.setFilter(text);
            newCards = true;
            render();
        });
        previous.setText(m.get("accounts.previousPage"));
        previous.setId("accounts-previous");
        previous.setOnAction(e -> {
            model.previousPage();
            newCards = true;
            render();
        });
        next.setText(m.get("accounts.nextPage"));
        next.setId("accounts-next");
        next.setOnAction(e -> {
            model.nextPage();
            newCards = true;
            render();
        });
        pageText.setId("accounts-page");
        pageText.setMinWidth(Region.USE_PREF_SIZE);
        previous.setMinWidth(Region.USE_PREF_SIZE);
        next.setMinWidth(Region.USE_PREF_SIZE);
        pager.getChildren().setAll(pageFilter, previous, pageText, next);
        pager.getStyleClass().add("account-header");
    }

    private void updatePager() {
        pageText.setText(model.pageText());
        previous.setDisable(!model.hasPreviousPage());
        next.setDisable(!model.hasNextPage());
    }

    public Node root() {
        return root;
    }

    public boolean hasAccounts() {
        return model.hasAccounts();
    }

    /**
     * Shows the model's accounts. When only values changed (a status, a note, the history), the
     * controls are updated in place, so focus and half-typed text survive; when accounts or steps
     * came or went, the cards are built again.
     */
    public void render() {
        boolean fresh = newCards;               // taken whatever this render does, never left for an edit
        newCards = false;
        model.forgetStaleFeedback();
        List<AccountCard> cards = model.accounts();
        List<String> structure = cards.stream().map(AccountsView::structureOf).toList();
        if (structure.equals(shownStructure)) {
            cards.forEach(card -> {
                // A card still to build is built later, with these values.
                if (above.replace(card.id(), card) == null && below.replace(card.id(), card) == null) {
                    update(card);
                }
            });
            updatePager();
            model.checkFiles(cards, this::render);
            return;
        }
        shownStructure = structure;
        rows.clear();
        cardParts.clear();
        above.clear();
        below.clear();
        builder.stop();
        root.getChildren().clear();
        if (model.isPaged()) {
            updatePager();
            root.getChildren().add(pager);
        }
        Label feedback = new Label();
        feedback.setId("accounts-feedback");
        feedback.getStyleClass().add("feedback");
        feedback.setWrapText(true);
        feedback.textProperty().bind(model.feedbackProperty());
        int first = fresh ? firstBuilt(cards) : 0;
        int atOnce = fresh ? BUILT_AT_ONCE : cards.size();
        for (int i = first - 1; i >= 0; i--) {
            above.put(cards.get(i).id(), cards.get(i));
        }
        for (int i = first; i < cards.size(); i++) {
            if (i < first + atOnce) {
                Node built = card(cards.get(i));
                root.getChildren().add(built);
                update(cards.get(i));
                if (i == first) {
                    firstCard = built;
                }
            } else {
                below.put(cards.get(i).id(), cards.get(i));
            }
        }
        if (cards.isEmpty()) {
            Label none = new Label(m.get("accounts.none"));
            none.getStyleClass().add("muted");
            none.setWrapText(true);
            root.getChildren().add(none);
        }
        root.getChildren().addAll(feedback, addForm());
        cardsEnd = feedback;
        if (stillToBuild() && root.getScene() != null) {
            builder.start();
        }
        // Last: a copy only a full read can tell about is read off the JavaFX thread, then shown.
        model.checkFiles(cards, this::render);
    }

    private static String structureOf(AccountCard card) {
        return card.id() + "|" + card.title() + "|" + card.owner() + "|" + card.group() + "|" + card.letter() + "|"
                + card.steps().stream().map(StepLine::stepId).toList();
    }

    /** The controls of one step line, kept to update them in place; {@code line} holds the newest values. */
    private record StepRow(Label situation, Label detail, Button quick, Shown<Node> guide, ChoiceBox<StepStatus> status,
                           TextField note, TextField evidence, UntilField until, VBox files, StepLine[] line) {
    }

    /**
     * A waiting step's end date. A date picker is one of the heaviest controls to style and lay out,
     * and most steps never wait: it is made the first time its step waits, in its place among the
     * step's controls, and hidden (not removed) when the step stops waiting.
     */
    private final class UntilField {
        private final String id;
        private final String title;
        private final StepLine[] line;
        private final Runnable commit;
        private final Shown<DatePicker> picker;

        UntilField(String id, String title, FlowPane controls, StepLine[] line, Runnable commit) {
            this.id = id;
            this.title = title;
            this.line = line;
            this.commit = commit;
            this.picker = new Shown<>(controls, 2, this::create);
        }

        /** The date to record: the one picked, or the recorded one while no picker was needed. */
        LocalDate value() {
            return picker.made() == null ? line[0].until() : picker.made().getValue();
        }

        /** Shows {@code until} while the step waits; called with {@code updating} set. */
        void show(LocalDate until, boolean waiting) {
            picker.show(waiting);
            if (picker.made() != null) {
                picker.made().setValue(until);
            }
        }

        private DatePicker create() {
            DatePicker made = new DatePicker();
            made.setId(id + "-until");
            made.setPromptText(m.get("accounts.until"));
            made.setAccessibleText(m.get("accounts.untilFor", title));
            made.setConverter(new LocalDateStringConverter(
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(m.locale()), null));
            made.setOnAction(e -> {
                if (!updating && made.getValue() != null && !made.getValue().equals(line[0].until())) {
                    commit.run();
                }
            });
            return made;
        }
    }

    /**
     * A node made the first time it is to be shown, at its place among its parent's children, then
     * hidden rather than removed. Most steps never wait and most are done: their date picker and their
     * how-to would only be styled and laid out for nothing.
     */
    private static final class Shown<T extends Node> {
        private final Pane parent;
        private final int index;
        private final Supplier<T> make;
        private T made;

        Shown(Pane parent, int index, Supplier<T> make) {
            this.parent = parent;
            this.index = index;
            this.make = make;
        }

        void show(boolean shown) {
            if (made == null && !shown) {
                return;
            }
            if (made == null) {
                made = make.get();
                made.managedProperty().bind(made.visibleProperty());
                parent.getChildren().add(Math.min(index, parent.getChildren().size()), made);
            }
            made.setVisible(shown);
        }

        /** The node, or null while it was never needed. */
        T made() {
            return made;
        }
    }

    /** The parts of a card that a change updates; the history's list is made when it is first unfolded. */
    private static final class CardParts {
        private final Label progress;
        private final Label protection;
        private final Label next;
        private final TitledPane historyPane;
        private List<String> history = List.of();
        private ListView<String> historyList;

        CardParts(Label progress, Label protection, Label next, TitledPane historyPane) {
            this.progress = progress;
            this.protection = protection;
            this.next = next;
            this.historyPane = historyPane;
        }

        void history(List<String> entries) {
            history = entries;
            if (historyList != null) {
                historyList.getItems().setAll(entries);
                historyList.setPrefHeight(Math.min(6, Math.max(1, entries.size())) * 26 + 4);
            }
        }

        /** The history's list, made when the history is first unfolded, with the newest entries. */
        ListView<String> historyList(String id) {
            historyList = new ListView<>();
            historyList.setId(id);
            history(history);
            return historyList;
        }
    }

    private void update(AccountCard card) {
        CardParts parts = cardParts.get(card.id());
        parts.progress.setText(card.progress());
        parts.protection.setText(card.protection());
        if (!parts.protection.getStyleClass().contains(card.protectionStyle())) {
            parts.protection.getStyleClass().removeIf(c -> c.startsWith("protection-"));
            parts.protection.getStyleClass().add(card.protectionStyle());
        }
        parts.next.setText(card.next());
        parts.next.setVisible(!card.next().isEmpty());
        parts.history(card.history());
        parts.historyPane.setText(m.get("accounts.history", card.history().size()));
        for (StepLine line : card.steps()) {
            StepRow row = rows.get(line.accountId() + "/" + line.stepId());
            row.line()[0] = line;
            row.situation().setText(line.situation());
            if (!row.situation().getStyleClass().contains(line.situationStyle())) {
                row.situation().getStyleClass().removeIf(c -> c.startsWith("situation-"));
                row.situation().getStyleClass().add(line.situationStyle());
            }
            row.detail().setText(line.detail() == null ? "" : line.detail());
            row.detail().setVisible(line.detail() != null);
            row.quick().setText(line.quickLabel() == null ? "" : line.quickLabel());
            row.quick().setVisible(line.quick() != null);
            row.quick().setAccessibleText(line.quickLabel() == null ? null
                    : m.get("accounts.quickHelp", line.quickLabel(), line.title(), card.title()));
            row.guide().show(line.open());
            updating = true;
            try {
                row.status().setValue(line.status());
                row.until().show(line.until(), line.status() == StepStatus.WAITING);
            } finally {
                updating = false;
            }
            // Never overwrite what the user is typing.
            if (!row.note().isFocused()) {
                row.note().setText(line.note());
            }
            if (!row.evidence().isFocused()) {
                row.evidence().setText(line.evidence());
            }
            row.files().getChildren().setAll(fileLines(line));
        }
    }

    /** The step's attached files: the name opens the copy; the state says if it is still what was attached. */
    private List<Node> fileLines(StepLine line) {
        String id = "step-" + line.accountId() + "-" + line.stepId() + "-file-";
        List<Node> nodes = new java.util.ArrayList<>();
        for (int i = 0; i < line.files().size(); i++) {
            AccountsViewModel.FileLine file = line.files().get(i);
            Hyperlink name = new Hyperlink(file.name());
            name.setId(id + i);
            name.setWrapText(true);
            name.setMinWidth(0);
            name.setAccessibleText(m.get("evidence.openHelp", file.name()));
            name.setOnAction(e -> {
                model.openFile(file);
                render();                       // a copy found missing on the way shows so at once
            });
            Label state = Labels.badge(file.stateText(), file.stateStyle());
            state.setId(id + i + "-state");
            state.setMinWidth(Region.USE_PREF_SIZE);
            Label details = Labels.text(file.details(), "muted");
            details.setMinWidth(Region.USE_PREF_SIZE);
            Button remove = new Button(m.get("evidence.remove"));
            remove.setId(id + i + "-remove");
            remove.setMinWidth(Region.USE_PREF_SIZE);
            remove.setAccessibleText(m.get("evidence.removeHelp", file.name()));
            remove.setOnAction(e -> model.removeFile(line, file));
            FlowPane row = new FlowPane(name, state, details, remove);
            row.getStyleClass().add("evidence-file");
            nodes.add(row);
        }
        return nodes;
    }

    private Node card(AccountCard card) {
        Label title = new Label(card.title());
        title.getStyleClass().add("account-title");
        title.setWrapText(true);
        title.setMinWidth(0);
        Label progress = new Label();
        progress.getStyleClass().add("muted");
        progress.setMinWidth(Region.USE_PREF_SIZE);
        // The names wrap onto more lines rather than ending in "…"; the buttons keep their words.
        FlowPane names = new FlowPane(title);
        names.getStyleClass().add("account-names");
        if (card.owner() != null) {
            names.getChildren().add(wrapping(Labels.badge(m.get("accounts.owner", card.owner()), "badge-owner")));
        }
        if (card.group() != null) {
            names.getChildren().add(wrapping(Labels.badge(m.get("accounts.group", card.group()), "badge-group")));
        }
        names.getChildren().add(progress);
        HBox.setHgrow(names, Priority.ALWAYS);
        names.setMinWidth(0);
        names.setPrefWrapLength(200);
        Button rename = new Button(m.get("accounts.rename"));
        rename.setId("rename-" + card.id());
        rename.setMinWidth(Region.USE_PREF_SIZE);
        rename.setOnAction(e -> rename(card));
        Button remove = new Button(m.get("accounts.remove"));
        remove.setId("remove-" + card.id());
        remove.setMinWidth(Region.USE_PREF_SIZE);
        remove.setOnAction(e -> remove(card));
        HBox header = new HBox(names, rename, remove);
        header.getStyleClass().add("account-header");

        // Protection first: what the account's state is, and the one step to do next.
        Label protection = Labels.badge("", "protection");
        protection.setId("protection-" + card.id());
        protection.setWrapText(true);
        protection.setMinWidth(0);
        Label next = Labels.text("", "account-next");
        next.setId("next-" + card.id());
        next.managedProperty().bind(next.visibleProperty());

        VBox box = new VBox(header, protection, next);
        if (card.letter() != null && writeLetter != null) {
            Button letter = new Button(card.letter());
            letter.setId("letter-" + card.id());
            letter.setMinWidth(Region.USE_PREF_SIZE);
            letter.setOnAction(e -> writeLetter.accept(card.id()));
            box.getChildren().add(letter);
        }
        card.steps().forEach(line -> box.getChildren().add(stepLine(line)));
        TitledPane historyPane = new TitledPane();
        historyPane.setExpanded(false);
        historyPane.getStyleClass().add("account-history");
        CardParts parts = new CardParts(progress, protection, next, historyPane);
        PlatformView.contentWhenUnfolded(historyPane, () -> parts.historyList("history-" + card.id()));
        box.getChildren().add(historyPane);
        box.getStyleClass().add("account-card");
        box.setId("account-" + card.id());
        cardParts.put(card.id(), parts);
        return box;
    }

    private static Label wrapping(Label label) {
        label.setWrapText(true);
        label.setMinWidth(0);
        return label;
    }

    private Node stepLine(StepLine first) {
        String id = "step-" + first.accountId() + "-" + first.stepId();
        StepLine[] line = {first};
        Label title = new Label(first.number() + ". " + first.title());
        title.getStyleClass().add("step-title");
        title.setWrapText(true);
        title.setMinWidth(0);
        Label situation = new Label();
        situation.getStyleClass().add("badge");
        situation.setId(id + "-situation");
        situation.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(situation, title);
        top.getStyleClass().add("step-line-top");
        Label detail = new Label();
        detail.getStyleClass().add("muted");
        detail.setWrapText(true);
        detail.managedProperty().bind(detail.visibleProperty());
        VBox box = new VBox(top, detail);
        Shown<Node> guide = new Shown<>(box, 2, () -> guide(id, line[0]));

        // One click for the usual answer; the status menu keeps the others.
        Button quick = new Button();
        quick.setId(id + "-done");
        quick.getStyleClass().add("accent");
        quick.setMinWidth(Region.USE_PREF_SIZE);
        quick.managedProperty().bind(quick.visibleProperty());
        quick.setOnAction(e -> model.quick(line[0]));

        // A ChoiceBox, not a ComboBox: arrow keys open it instead of recording every status passed over.
        ChoiceBox<StepStatus> status = new ChoiceBox<>();
        status.setId(id + "-status");
        status.getItems().setAll(StepStatus.values());
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(StepStatus value) {
                return value == null ? "" : m.label(value);
            }

            @Override
            public StepStatus fromString(String text) {
                throw new UnsupportedOperationException("choices are not typed");
            }
        });
        status.setAccessibleText(m.get("accounts.statusFor", first.title()));
        TextField note = field(id + "-note", first.note(), m.get("accounts.note"));
        TextField evidence = field(id + "-evidence", first.evidence(), m.get("accounts.evidence"));
        UntilField[] until = new UntilField[1];   // made below, once the controls it joins exist
        Runnable commit = () -> model.record(line[0], status.getValue(), note.getText(), evidence.getText(),
                until[0].value());
        status.setOnAction(e -> {
            if (!updating && status.getValue() != line[0].status()) {
                commit.run();
            }
        });
        for (TextField field : List.of(note, evidence)) {
            boolean isNote = field == note;
            Runnable commitText = () -> {
                String recorded = isNote ? line[0].note() : line[0].evidence();
                if (!field.getText().equals(recorded == null ? "" : recorded)) {
                    commit.run();
                }
            };
            field.setOnAction(e -> commitText.run());
            field.focusedProperty().addListener((obs, was, now) -> {
                if (!now) {
                    commitText.run();
                }
            });
        }
        Button attach = new Button(m.get("evidence.attach"));
        attach.setId(id + "-attach");
        attach.setMinWidth(Region.USE_PREF_SIZE);
        attach.setAccessibleText(m.get("evidence.attachHelp", first.title()));
        attach.setOnAction(e -> chooser.choose(root.getScene() == null ? null : root.getScene().getWindow())
                .ifPresent(file -> model.attach(line[0], file)));
        FlowPane controls = new FlowPane(quick, status, note, evidence, attach);
        controls.getStyleClass().add("step-controls");
        until[0] = new UntilField(id, first.title(), controls, line, commit);
        VBox files = new VBox();
        files.getStyleClass().add("evidence-files");
        files.setId(id + "-files");
        box.getChildren().addAll(controls, files);
        box.getStyleClass().add("step-line");
        box.setId(id);
        rows.put(first.accountId() + "/" + first.stepId(),
                new StepRow(situation, detail, quick, guide, status, note, evidence, until[0], files, line));
        return box;
    }

    /** How to do the step, inline: where the setting is, what to do, the link and the wait that follows. */
    private Node guide(String id, StepLine line) {
        StepGuide g = line.guide();
        VBox box = new VBox();
        box.getStyleClass().add("step-guide");
        box.setId(id + "-guide");
        if (g.path() != null) {
            box.getChildren().add(wrapping(Labels.text(g.path(), "step-path")));
        }
        Node status = PlatformView.pathStatus(g.pathStatus());
        if (status != null) {
            box.getChildren().add(status);
        }
        if (g.instructions() != null) {
            box.getChildren().add(wrapping(Labels.text(g.instructions(), null)));
        }
        if (g.waitNote() != null) {
            box.getChildren().add(wrapping(Labels.text(g.waitNote(), "step-wait")));
        }
        FlowPane tags = new FlowPane(Labels.badge(g.role(), "badge-role"));
        tags.getStyleClass().add("step-tags");
        if (g.regions() != null) {
            tags.getChildren().add(wrapping(Labels.text(g.regions(), "muted")));
        }
        if (g.url() != null) {
            Hyperlink link = new Hyperlink(m.get("accounts.openStepLink"));
            link.setId(id + "-link");
            link.setTooltip(new Tooltip(g.url()));
            link.setOnAction(e -> model.open(g.url()));
            tags.getChildren().add(0, link);
        }
        box.getChildren().add(tags);
        return box;
    }

    private Node addForm() {
        TextField label = field("new-account-label", "", m.get("accounts.labelPrompt"));
        TextField owner = field("new-account-owner", "", m.get("accounts.ownerPrompt"));
        TextField group = field("new-account-group", "", m.get("accounts.groupPrompt"));
        Button add = new Button(m.get("accounts.add"));
        add.setId("add-account");
        add.setDefaultButton(false);
        Label problem = new Label();
        problem.getStyleClass().add("error-text");
        Runnable submit = () -> problem.setText(nullToEmpty(model.addAccount(label.getText(), owner.getText(),
                group.getText())));
        add.setOnAction(e -> submit.run());
        label.setOnAction(e -> submit.run());
        FlowPane fields = new FlowPane(label, owner);
        if (model.usesAccountsCenter()) {
            fields.getChildren().add(group);
        }
        fields.getChildren().add(add);
        fields.getStyleClass().add("step-controls");
        Label title = new Label(m.get("accounts.addTitle"));
        title.getStyleClass().add("subheading");
        VBox box = new VBox(title, fields, problem);
        if (model.usesAccountsCenter()) {
            Label hint = new Label(m.get("accounts.groupHint"));
            hint.getStyleClass().add("muted");
            hint.setWrapText(true);
            box.getChildren().add(2, hint);
        }
        return box;
    }

    private void rename(AccountCard card) {
        Dialogs dialogs = Dialogs.over(root, m);
        dialogs.askText(m.get("accounts.renameTitle"), m.get("accounts.renameHeader", card.title()), card.title(),
                m.get("accounts.renameYes")).ifPresent(label -> {
                    String problem = model.rename(card.id(), label);
                    if (problem != null) {
                        dialogs.warn(m.get("accounts.renameTitle"), problem);
                    }
                });
    }

    private void remove(AccountCard card) {
        if (Dialogs.over(root, m).confirm(m.get("accounts.removeTitle"), m.get("accounts.removeConfirm", card.title()),
                m.get("accounts.removeYes"), m.get("accounts.keep"))) {
            model.remove(card.id());
        }
    }

    private static TextField field(String id, String text, String prompt) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setPromptText(prompt);
        field.setAccessibleText(prompt);
        field.setPrefColumnCount(id.endsWith("-evidence") ? 28 : 18);
        return field;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
