package app.notrain.ui.wizard;

import static app.notrain.ui.Labels.text;

import app.notrain.catalog.Platform;
import app.notrain.catalog.PlatformGroup;
import app.notrain.i18n.Language;
import app.notrain.i18n.Messages;
import app.notrain.progress.UseKind;
import app.notrain.ui.Dialogs;
import app.notrain.ui.Focus;
import app.notrain.ui.MultiLineFields;
import app.notrain.ui.RadioChoices;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/** The wizard's pages; every control is reachable with Tab, Enter goes on, Escape cancels. */
public final class WizardView {
    private final WizardViewModel model;
    private final VBox root = new VBox();
    private final VBox body = new VBox();
    /** What this view listens to on the view model, which outlives it: released by {@link #detach()}. */
    private final Subscription subscriptions;
    /** The id of the control to focus after the next render, if not the first one. */
    private String focusNext;

    public WizardView(WizardViewModel model) {
        this.model = model;
        root.getStyleClass().addAll("page", "wizard");
        root.setId("wizard");
        subscriptions = model.pageProperty().subscribe((old, page) -> render());
        // Enter goes on from anywhere but a button or a multi-line field: a focused radio button or
        // check box would otherwise swallow it.
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !(e.getTarget() instanceof ButtonBase)
                    && !(e.getTarget() instanceof TextArea) || e.getCode() == KeyCode.ENTER
                    && (e.getTarget() instanceof javafx.scene.control.RadioButton || e.getTarget() instanceof CheckBox)) {
                e.consume();
                goOn();
            }
        });
        render();
    }

    private void goOn() {
        if (model.isLast()) {
            model.finish();
        } else {
            model.next();
        }
    }

    public Node root() {
        return root;
    }

    /** Stops following the view model; called when the window replaces this view (a new language, the end). */
    public void detach() {
        subscriptions.unsubscribe();
    }

    private void render() {
        Messages m = model.messages();
        WizardPage page = model.pageProperty().get();
        Label step = new Label(m.get("wizard.stepOf", page.ordinal() + 1, WizardPage.values().length));
        step.getStyleClass().add("muted");
        Label title = new Label(m.get("wizard.title." + page.name()));
        title.getStyleClass().add("page-title");
        title.setId("wizard-title");
        Label intro = text(m.get("wizard.intro." + page.name()), "muted");

        body.getChildren().setAll(switch (page) {
            case LANGUAGE -> languagePage(m);
            case REGION -> choices(m, app.notrain.catalog.Region.values(), model.regionProperty(), "wizard-region-");
            case AGE -> agePage(m);
            case USE -> usePage(m);
            case PLATFORMS -> platformsPage();
            case ACCOUNTS -> accountsPage(m);
            case SUMMARY -> summaryPage();
        });
        body.getStyleClass().add("wizard-body");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("platform-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Label problem = new Label();
        problem.setId("wizard-problem");
        problem.getStyleClass().add("error-text");
        problem.textProperty().bind(model.problemProperty());
        root.getChildren().setAll(step, title, intro, scroll, problem, buttons(m));
        // Keyboard users start on the page's first choice (or the field just added), not in the header.
        Node target = focusNext == null ? null : body.lookup("#" + focusNext);
        focusNext = null;
        Optional<Node> first = target != null ? Optional.of(target) : Focus.firstControlIn(body);
        first.ifPresent(Focus::whenShown);
    }

    private Node buttons(Messages m) {
        Button cancel = new Button(m.get("wizard.cancel"));
        cancel.setId("wizard-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            if (!model.hasAnswers() || confirmLeave(m)) {
                model.cancel();
            }
        });
        Button back = new Button(m.get("wizard.back"));
        back.setId("wizard-back");
        back.setDisable(model.isFirst());
        back.setOnAction(e -> model.back());
        Button next = new Button(m.get(model.isLast() ? "wizard.finish" : "wizard.next"));
        next.setId("wizard-next");
        next.setDefaultButton(true);
        next.getStyleClass().add("accent");
        next.setOnAction(e -> goOn());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox line = new HBox(cancel, spacer, back, next);
        line.getStyleClass().add("wizard-buttons");
        return line;
    }

    private boolean confirmLeave(Messages m) {
        return Dialogs.over(root, m).confirm(m.get("wizard.leaveTitle"), m.get("wizard.leaveConfirm"),
                m.get("wizard.leave"), m.get("wizard.stay"));
    }

    private Node languagePage(Messages m) {
        return RadioChoices.of(List.of(Language.values()), model.language(), m::label,
                language -> "wizard-language-" + language.code(), model::chooseLanguage);
    }

    private <E extends Enum<E>> Node choices(Messages m, E[] values, ObjectProperty<E> property, String idPrefix) {
        return RadioChoices.of(List.of(values), property.get(), m::label,
                value -> idPrefix + value.name().toLowerCase(java.util.Locale.ROOT), property::set);
    }

    private Node agePage(Messages m) {
        return RadioChoices.of(List.of(true, false), model.adultProperty().get(),
                adult -> m.get(adult ? "wizard.adult" : "wizard.minor"),
                adult -> adult ? "wizard-adult" : "wizard-minor", model.adultProperty()::set);
    }

    private Node usePage(Messages m) {
        Node kinds = choices(m, UseKind.values(), model.useProperty(), "wizard-use-");
        Label ownersLabel = new Label(m.get("wizard.owners"));
        TextArea owners = new TextArea();
        owners.setId("wizard-owners");
        owners.setPrefRowCount(4);
        owners.textProperty().bindBidirectional(model.ownersProperty());
        MultiLineFields.tabLeaves(owners);
        ownersLabel.setLabelFor(owners);
        // Beside the box, not as its prompt: JavaFX strips a prompt's line breaks, and the example is a list.
        Label example = text(m.get("wizard.ownersExample"), "muted");
        example.setId("wizard-owners-example");
        example.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(owners, Priority.ALWAYS);
        HBox field = new HBox(12, owners, example);
        VBox business = new VBox(4, ownersLabel, field, namedField(m.get("wizard.organisation"), "wizard-organisation",
                model.organisationProperty()), namedField(m.get("wizard.author"), "wizard-author", model.authorProperty()));
        business.visibleProperty().bind(model.useProperty().isEqualTo(UseKind.BUSINESS));
        business.managedProperty().bind(business.visibleProperty());
        return new VBox(kinds, business);
    }

    /** A one-line field under its label, bound both ways to {@code text}. */
    private static Node namedField(String label, String id, javafx.beans.property.StringProperty text) {
        Label name = new Label(label);
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(text);
        name.setLabelFor(field);
        return new VBox(2, name, field);
    }

    /** The platforms under their groups: social networks, then AI assistants. */
    private Node platformsPage() {
        VBox groups = new VBox();
        groups.getStyleClass().add("platform-groups");
        Map<PlatformGroup, List<Platform>> byGroup = new EnumMap<>(PlatformGroup.class);
        model.platforms().forEach(p -> byGroup.computeIfAbsent(p.groupOrDefault(), g -> new ArrayList<>()).add(p));
        byGroup.forEach((group, platforms) -> {
            Label heading = new Label(model.messages().label(group));
            heading.getStyleClass().add("subheading");
            FlowPane box = new FlowPane();
            box.getStyleClass().add("platform-choices");
            box.setId("wizard-group-" + group.name().toLowerCase(java.util.Locale.ROOT));
            for (Platform platform : platforms) {
                box.getChildren().add(platformChoice(platform));
            }
            groups.getChildren().addAll(heading, box);
        });
        return groups;
    }

    private CheckBox platformChoice(Platform platform) {
        CheckBox check = new CheckBox(platform.name());
        check.setId("wizard-platform-" + platform.id());
        check.setSelected(model.chosenPlatforms().contains(platform.id()));
        check.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                model.chosenPlatforms().add(platform.id());
            } else {
                model.chosenPlatforms().remove(platform.id());
            }
        });
        check.setPrefWidth(190);
        return check;
    }

    private Node accountsPage(Messages m) {
        VBox box = new VBox();
        for (String id : model.chosenPlatforms()) {
            Platform platform = model.platform(id);
            Label name = new Label(platform.name());
            name.getStyleClass().add("section-title");
            VBox rows = new VBox();
            List<AccountDraft> drafts = model.drafts(id);
            for (int i = 0; i < drafts.size(); i++) {
                rows.getChildren().add(draftRow(m, platform, drafts.get(i), i));
            }
            Button another = new Button(m.get("wizard.addAnother", platform.name()));
            another.setId("wizard-another-" + id);
            another.setOnAction(e -> {
                model.addDraft(id);
                focusNext = "wizard-account-" + id + "-" + (model.drafts(id).size() - 1) + "-label";
                render();
            });
            VBox card = new VBox(name, rows, another);
            if (platform.accountsCenter() != null) {
                card.getChildren().add(1, text(m.get("accounts.groupHint"), "muted"));
            }
            card.getStyleClass().add("card");
            box.getChildren().add(card);
        }
        return box;
    }

    private Node draftRow(Messages m, Platform platform, AccountDraft draft, int index) {
        String id = "wizard-account-" + platform.id() + "-" + index;
        TextField label = new TextField();
        label.setId(id + "-label");
        label.setPromptText(m.get("accounts.labelPrompt"));
        label.setAccessibleText(m.get("accounts.labelPrompt") + " " + platform.name());
        label.textProperty().bindBidirectional(draft.labelProperty());
        FlowPane row = new FlowPane(label);
        List<String> owners = model.ownerNames();
        if (!owners.isEmpty()) {
            ComboBox<String> owner = new ComboBox<>();
            owner.setId(id + "-owner");
            owner.setEditable(true);
            owner.getItems().setAll(owners);
            owner.setValue(draft.ownerProperty().get());
            owner.valueProperty().addListener((obs, old, value) -> draft.ownerProperty().set(value == null ? "" : value));
            owner.setAccessibleText(m.get("accounts.ownerPrompt"));
            row.getChildren().add(owner);
        }
        if (platform.accountsCenter() != null) {
            TextField group = new TextField();
            group.setId(id + "-group");
            group.setPromptText(m.get("accounts.groupPrompt"));
            group.textProperty().bindBidirectional(draft.groupProperty());
            row.getChildren().add(group);
        }
        if (model.drafts(platform.id()).size() > 1) {
            Button remove = new Button(m.get("wizard.removeAccount"));
            remove.setOnAction(e -> {
                model.removeDraft(draft);
                render();
            });
            row.getChildren().add(remove);
        }
        row.getStyleClass().add("step-controls");
        return row;
    }

    private Node summaryPage() {
        VBox box = new VBox(6);
        box.setId("wizard-summary");
        box.getChildren().add(text(model.summaryProfile(), null));
        for (WizardViewModel.SummaryPlatform platform : model.summaryPlatforms()) {
            Label name = new Label(platform.name());
            name.getStyleClass().add("subheading");
            VBox accounts = new VBox(2);
            accounts.setId("wizard-summary-" + platform.platformId());
            accounts.getStyleClass().add("summary-accounts");
            platform.accounts().forEach(line -> accounts.getChildren().add(text("• " + line, null)));
            box.getChildren().addAll(name, accounts);
        }
        return box;
    }
}
