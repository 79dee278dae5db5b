package app.notrain.ui.letter;

import app.notrain.catalog.Controller;
import app.notrain.catalog.LegalContacts;
import app.notrain.i18n.Language;
import app.notrain.i18n.Messages;
import app.notrain.progress.Account;
import app.notrain.progress.GroundKind;
import app.notrain.progress.LetterAnswer;
import app.notrain.progress.LetterKind;
import app.notrain.ui.AppContext;
import app.notrain.ui.AppState;
import java.io.File;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * "Write my objection": the GDPR letter window for one account (docs/letters.md). Choose the
 * letter and its language, write your grounds (the kinds of grounds are headings to complete,
 * never text the app makes up), check the preview, then copy it, save it as text or PDF, open it
 * in the mail program or the controller's web form, and record the day it was sent. Built in code
 * like the other views; everything it does goes through {@link LetterViewModel}.
 */
public final class LetterDialog {
    private LetterDialog() {
    }

    /**
     * Opens the window for {@code account} (non-blocking): the one entry point for the platform
     * page's "Write my objection" and the dashboard's letter actions. Offer it only when
     * {@code Letters.offered(protection, profile, LegalContacts.builtIn())} is true.
     */
    public static Dialog<Void> show(Window owner, AppContext context, AppState state, Account account) {
        Messages m = state.messages();
        LetterViewModel model = new LetterViewModel(state.book(), LegalContacts.builtIn(), account, m,
                context.links(), context.clipboard(), context.work(), state.today());
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setResizable(true);
        dialog.setTitle(m.get("letter.ui.title"));
        Controller c = model.controller();
        dialog.setHeaderText(c == null ? m.get("letter.problem.NOT_OFFERED")
                : m.get("letter.ui.header", account.label(), c.legalName()));
        dialog.getDialogPane().setContent(view(model, m, owner));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setId("letter-dialog");
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        dialog.show();
        return dialog;
    }

    /** The window's content, usable on its own (the TestFX test puts it on a stage). */
    public static Node view(LetterViewModel model, Messages m, Window owner) {
        ChoiceBox<LetterKind> kind = new ChoiceBox<>();
        kind.setId("letter-kind");
        kind.getItems().setAll(LetterKind.values());
        kind.setConverter(labels(m));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        ChoiceBox<Language> language = new ChoiceBox<>();
        language.setId("letter-language");
        language.getItems().setAll(Language.values());
        language.setConverter(labels(m));
        language.valueProperty().bindBidirectional(model.languageProperty());

        TextField name = field("letter-name", model.nameProperty(), m.get("letter.ui.namePrompt"));
        TextArea address = new TextArea();
        address.setId("letter-address");
        address.setPrefRowCount(2);
        address.setPromptText(m.get("letter.ui.addressPrompt"));
        address.textProperty().bindBidirectional(model.addressProperty());
        TextField country = field("letter-country", model.countryProperty(), m.get("letter.ui.countryPrompt"));
        country.setPrefColumnCount(4);

        TextArea grounds = new TextArea();
        grounds.setId("letter-grounds");
        grounds.setWrapText(true);
        grounds.setPrefRowCount(4);
        grounds.setPromptText(m.get("letter.ui.groundsPrompt"));
        grounds.textProperty().bindBidirectional(model.groundsProperty());
        FlowPane kinds = new FlowPane(6, 6);
        for (GroundKind g : GroundKind.values()) {
            Button add = new Button("+ " + m.label(g));
            add.setId("letter-ground-" + g.name());
            add.setOnAction(e -> {
                model.insertGround(g);
                grounds.requestFocus();
                grounds.positionCaret(grounds.getLength());
            });
            kinds.getChildren().add(add);
        }
        grounds.disableProperty().bind(model.kindProperty().isNotEqualTo(LetterKind.OBJECTION));

        TextArea preview = new TextArea();
        preview.setId("letter-preview");
        preview.setEditable(false);
        preview.setWrapText(true);
        preview.setPrefRowCount(14);
        preview.textProperty().bind(model.previewProperty());
        VBox.setVgrow(preview, Priority.ALWAYS);
        Label problem = label("letter-problem", "error-text");
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Label clock = label("letter-clock", null);
        clock.textProperty().bind(model.clockProperty());

        Button copy = button("letter-copy", m.get("letter.ui.copy"), model::copy);
        Button mail = button("letter-mail", m.get(model.mailable() ? "letter.ui.mail" : "letter.ui.form"),
                model::openMailOrForm);
        TextField file = field("letter-file", model.fileProperty(), m.get("letter.ui.filePrompt"));
        HBox.setHgrow(file, Priority.ALWAYS);
        Button choose = button("letter-choose", m.get("letter.ui.choose"), () -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(m.get("letter.ui.choose"));
            File picked = chooser.showSaveDialog(owner);
            if (picked != null) {
                model.fileProperty().set(picked.getPath());
            }
        });
        Button text = button("letter-save-text", m.get("letter.ui.saveText"), model::saveText);
        Button pdf = button("letter-save-pdf", m.get("letter.ui.savePdf"), model::savePdf);
        for (Button b : new Button[] {copy, mail, text, pdf}) {
            b.disableProperty().bind(model.readyProperty().not());
        }

        DatePicker sentOn = new DatePicker();
        sentOn.setId("letter-sent-on");
        sentOn.valueProperty().bindBidirectional(model.sentOnProperty());
        TextField channel = field("letter-channel", model.channelProperty(), m.get("letter.ui.channelPrompt"));
        TextField reference = field("letter-reference", model.referenceProperty(), m.get("letter.ui.referencePrompt"));
        Button record = button("letter-record", m.get("letter.ui.record"), model::recordSent);
        record.disableProperty().bind(model.readyProperty().not());
        Button accepted = button("letter-answer-accepted", m.get("letter.ui.accepted"),
                () -> model.recordAnswer(LetterAnswer.ACCEPTED, model.sentOnProperty().get()));
        Button refused = button("letter-answer-refused", m.get("letter.ui.refused"),
                () -> model.recordAnswer(LetterAnswer.REFUSED, model.sentOnProperty().get()));
        Button extended = button("letter-extended", m.get("letter.ui.extension"),
                () -> model.recordExtension(model.sentOnProperty().get()));
        Label result = label("letter-result", null);
        result.textProperty().bind(model.resultProperty());

        GridPane who = new GridPane();
        who.setHgap(8);
        who.setVgap(6);
        who.addRow(0, new Label(m.get("letter.ui.name")), name, new Label(m.get("letter.ui.country")), country);
        who.addRow(1, new Label(m.get("letter.ui.address")), address);
        GridPane.setColumnSpan(address, 3);
        TitledPane signature = new TitledPane(m.get("letter.ui.signature"), who);
        signature.setExpanded(model.nameProperty().get().isBlank());

        VBox content = new VBox(8,
                new HBox(8, new Label(m.get("letter.ui.kind")), kind, new Label(m.get("letter.ui.language")), language),
                clock, signature, new Label(m.get("letter.ui.grounds")), kinds, grounds, problem,
                new Label(m.get("letter.ui.preview")), preview,
                new HBox(8, copy, mail), new HBox(8, file, choose, text, pdf),
                new HBox(8, new Label(m.get("letter.ui.sentOn")), sentOn, channel, reference, record),
                new HBox(8, new Label(m.get("letter.ui.answer")), accepted, refused, extended),
                result);
        content.setPrefWidth(760);
        content.setId("letter-view");
        return content;
    }

    private static <E extends Enum<E>> StringConverter<E> labels(Messages m) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : m.label(value);
            }

            @Override
            public E fromString(String s) {
                throw new UnsupportedOperationException("choices are not typed");
            }
        };
    }

    private static TextField field(String id, javafx.beans.property.StringProperty property, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(property);
        return f;
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Label label(String id, String styleClass) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        if (styleClass != null) {
            l.getStyleClass().add(styleClass);
        }
        return l;
    }
}
