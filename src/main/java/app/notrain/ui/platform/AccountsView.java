package app.notrain.ui.platform;

import app.notrain.i18n.Messages;
import app.notrain.progress.StepStatus;
import app.notrain.ui.platform.AccountsViewModel.AccountCard;
import app.notrain.ui.platform.AccountsViewModel.StepLine;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** "Your accounts" on a platform's page: a checklist per account, history, add/rename/remove. */
public final class AccountsView {
    private final AccountsViewModel model;
    private final Messages m;
    private final VBox root = new VBox();

    public AccountsView(AccountsViewModel model, Messages messages) {
        this.model = model;
        this.m = messages;
        root.getStyleClass().add("accounts");
        root.setId("accounts");
        render();
    }

    public Node root() {
        return root;
    }

    public boolean hasAccounts() {
        return !model.accounts().isEmpty();
    }

    /** Rebuilds the cards from the model, keeping the keyboard focus where it was. */
    public void render() {
        Scene scene = root.getScene();
        String focused = scene != null && scene.getFocusOwner() != null ? scene.getFocusOwner().getId() : null;
        root.getChildren().clear();
        Label feedback = new Label();
        feedback.setId("accounts-feedback");
        feedback.getStyleClass().add("feedback");
        feedback.setWrapText(true);
        feedback.textProperty().bind(model.feedbackProperty());
        for (AccountCard card : model.accounts()) {
            root.getChildren().add(card(card));
        }
        if (root.getChildren().isEmpty()) {
            Label none = new Label(m.get("accounts.none"));
            none.getStyleClass().add("muted");
            none.setWrapText(true);
            root.getChildren().add(none);
        }
        root.getChildren().addAll(feedback, addForm());
        if (focused != null && scene != null) {
            Node again = scene.lookup("#" + focused);
            if (again != null) {
                again.requestFocus();
            }
        }
    }

    private Node card(AccountCard card) {
        Label title = new Label(card.title());
        title.getStyleClass().add("account-title");
        Label progress = new Label(card.progress());
        progress.getStyleClass().add("muted");
        HBox header = new HBox(title);
        if (card.owner() != null) {
            header.getChildren().add(badge(m.get("accounts.owner", card.owner())));
        }
        if (card.group() != null) {
            header.getChildren().add(badge(m.get("accounts.group", card.group())));
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button rename = new Button(m.get("accounts.rename"));
        rename.setId("rename-" + card.id());
        rename.setOnAction(e -> rename(card));
        Button remove = new Button(m.get("accounts.remove"));
        remove.setId("remove-" + card.id());
        remove.setOnAction(e -> remove(card));
        header.getChildren().addAll(progress, spacer, rename, remove);
        header.getStyleClass().add("account-header");

        VBox box = new VBox(header);
        card.steps().forEach(line -> box.getChildren().add(stepLine(line)));
        box.getChildren().add(history(card));
        box.getStyleClass().add("account-card");
        box.setId("account-" + card.id());
        return box;
    }

    private Node stepLine(StepLine line) {
        String id = "step-" + line.accountId() + "-" + line.stepId();
        Label title = new Label(line.number() + ". " + line.title());
        title.getStyleClass().add("step-title");
        title.setWrapText(true);
        Label situation = new Label(line.situation());
        situation.getStyleClass().addAll("badge", line.situationStyle());
        situation.setId(id + "-situation");
        situation.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(situation, title);
        top.getStyleClass().add("step-line-top");

        ComboBox<StepStatus> status = new ComboBox<>();
        status.setId(id + "-status");
        status.getItems().setAll(StepStatus.values());
        status.setCellFactory(list -> statusCell());
        status.setButtonCell(statusCell());
        status.setValue(line.status());
        status.setAccessibleText(m.get("accounts.statusFor", line.title()));
        TextField note = field(id + "-note", line.note(), m.get("accounts.note"));
        TextField evidence = field(id + "-evidence", line.evidence(), m.get("accounts.evidence"));
        DatePicker until = new DatePicker(line.until());
        until.setId(id + "-until");
        until.setPromptText(m.get("accounts.until"));
        until.setVisible(line.status() == StepStatus.WAITING);
        until.managedProperty().bind(until.visibleProperty());

        // Each commit rebuilds the cards; the flag keeps a field that loses focus in the rebuild from
        // recording the same change twice.
        boolean[] committed = {false};
        Runnable commit = () -> {
            if (!committed[0]) {
                committed[0] = true;
                model.record(line, status.getValue(), note.getText(), evidence.getText(), until.getValue());
            }
        };
        status.setOnAction(e -> commit.run());
        until.setOnAction(e -> {
            if (until.getValue() != null && !until.getValue().equals(line.until())) {
                commit.run();
            }
        });
        for (TextField field : new TextField[] {note, evidence}) {
            String before = field.getText();
            field.setOnAction(e -> commit.run());
            field.focusedProperty().addListener((obs, was, now) -> {
                if (!now && !field.getText().equals(before)) {
                    commit.run();
                }
            });
        }
        FlowPane controls = new FlowPane(status, until, note, evidence);
        controls.getStyleClass().add("step-controls");
        VBox box = new VBox(top);
        if (line.detail() != null) {
            Label detail = new Label(line.detail());
            detail.getStyleClass().add("muted");
            detail.setWrapText(true);
            box.getChildren().add(detail);
        }
        box.getChildren().add(controls);
        box.getStyleClass().add("step-line");
        return box;
    }

    private Node history(AccountCard card) {
        ListView<String> list = new ListView<>();
        list.getItems().setAll(card.history());
        list.setPrefHeight(Math.min(6, Math.max(1, card.history().size())) * 26 + 4);
        list.setId("history-" + card.id());
        TitledPane pane = new TitledPane(m.get("accounts.history", card.history().size()), list);
        pane.setExpanded(false);
        pane.getStyleClass().add("account-history");
        return pane;
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
        TextInputDialog dialog = new TextInputDialog(card.title());
        dialog.setTitle(m.get("accounts.rename"));
        dialog.setHeaderText(m.get("accounts.renameHeader", card.title()));
        dialog.initOwner(root.getScene().getWindow());
        dialog.showAndWait().ifPresent(label -> {
            String problem = model.rename(card.id(), label);
            if (problem != null) {
                new Alert(Alert.AlertType.WARNING, problem).showAndWait();
            }
        });
    }

    private void remove(AccountCard card) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, m.get("accounts.removeConfirm", card.title()),
                ButtonType.OK, ButtonType.CANCEL);
        confirm.setTitle(m.get("accounts.remove"));
        confirm.setHeaderText(null);
        confirm.initOwner(root.getScene().getWindow());
        Optional<ButtonType> answer = confirm.showAndWait();
        if (answer.isPresent() && answer.get() == ButtonType.OK) {
            model.remove(card.id());
        }
    }

    private ListCell<StepStatus> statusCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(StepStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : m.label(item));
            }
        };
    }

    private static TextField field(String id, String text, String prompt) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setPromptText(prompt);
        field.setAccessibleText(prompt);
        field.setPrefColumnCount(id.endsWith("-evidence") ? 28 : 18);
        return field;
    }

    private static Label badge(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("badge");
        return label;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
