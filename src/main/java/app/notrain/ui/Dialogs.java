package app.notrain.ui;

import app.notrain.i18n.Messages;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextInputDialog;

/**
 * Every dialog of the app goes through here, so that it looks like the window it belongs to
 * (the app's stylesheet and theme, dark included) and speaks its language: JavaFX's own buttons
 * say "Cancel / OK" in the JVM's language, whatever the user chose. Buttons name what they do
 * ("Replace", "Keep"), and a confirmation's default button is the safe one: Enter never destroys.
 */
public final class Dialogs {
    private final Node owner;
    private final Messages m;

    private Dialogs(Node owner, Messages m) {
        this.owner = owner;
        this.m = m;
    }

    /** Dialogs over the window that shows {@code owner}, in the language of {@code m}. */
    public static Dialogs over(Node owner, Messages m) {
        return new Dialogs(owner, m);
    }

    /**
     * Asks before doing something that cannot be taken back lightly. {@code doIt} and {@code keep}
     * are the buttons' verbs; true only when the user chose {@code doIt}.
     */
    public boolean confirm(String title, String question, String doIt, String keep) {
        ButtonType yes = new ButtonType(doIt, ButtonData.OK_DONE);
        ButtonType no = new ButtonType(keep, ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, yes, no);
        alert.setTitle(title);
        alert.setHeaderText(null);
        Button yesButton = (Button) alert.getDialogPane().lookupButton(yes);
        yesButton.setDefaultButton(false);
        yesButton.setId("dialog-confirm");
        Button noButton = (Button) alert.getDialogPane().lookupButton(no);
        noButton.setDefaultButton(true);
        noButton.setId("dialog-keep");
        return show(alert).filter(yes::equals).isPresent();
    }

    /** Tells the user something went wrong or was refused; one button closes it. */
    public void warn(String title, String text) {
        ButtonType close = new ButtonType(m.get("dialog.close"), ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.WARNING, text, close);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.getDialogPane().lookupButton(close).setId("dialog-close");
        show(alert);
    }

    /** Says something the user reads and closes (Enter or Escape); the text can be selected and copied. */
    public void inform(String title, String text) {
        ButtonType close = new ButtonType(m.get("dialog.close"), ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, null, close);
        alert.setTitle(title);
        alert.setHeaderText(null);
        javafx.scene.control.TextArea body = new javafx.scene.control.TextArea(text);
        body.setEditable(false);
        body.setWrapText(true);
        body.setPrefRowCount(14);
        body.setId("dialog-text");
        alert.getDialogPane().setContent(body);
        Button closeButton = (Button) alert.getDialogPane().lookupButton(close);
        closeButton.setId("dialog-close");
        closeButton.setCancelButton(true);          // Escape closes it as Enter does
        show(alert);
    }

    /** Asks for one line of text; {@code doIt} names what the text is for ("Rename"). */
    public Optional<String> askText(String title, String label, String initial, String doIt) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(label);
        ButtonType yes = new ButtonType(doIt, ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(yes, cancel());
        dialog.getDialogPane().lookupButton(yes).setId("dialog-confirm");
        return show(dialog);
    }

    /** "Cancel" in the app's language, for dialogs whose other button says what they do. */
    public ButtonType cancel() {
        return new ButtonType(m.get("dialog.cancel"), ButtonData.CANCEL_CLOSE);
    }

    /** Shows a dialog built elsewhere (a form) with the app's look, and waits for its answer. */
    public <R> Optional<R> show(Dialog<R> dialog) {
        style(dialog);
        return dialog.showAndWait();
    }

    /** Gives a dialog the owner's window, stylesheets and theme. */
    public <R> Dialog<R> style(Dialog<R> dialog) {
        Scene scene = owner.getScene();
        if (scene != null && dialog.getOwner() == null) {
            dialog.initOwner(scene.getWindow());
        }
        DialogPane pane = dialog.getDialogPane();
        if (scene != null) {
            pane.getStylesheets().setAll(scene.getStylesheets());
        }
        if (pane.getStylesheets().isEmpty()) {
            pane.getStylesheets().add(Theme.STYLESHEET);
        }
        Parent root = scene == null ? null : scene.getRoot();
        Theme.of(root).applyTo(pane);
        if (root != null) {
            pane.setStyle(root.getStyle());         // the text size the window uses
        }
        pane.getStyleClass().add("app-dialog");
        return dialog;
    }
}
