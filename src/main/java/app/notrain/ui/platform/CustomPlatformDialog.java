package app.notrain.ui.platform;

import app.notrain.catalog.Platform;
import app.notrain.i18n.Messages;
import app.notrain.progress.CustomPlatform;
import app.notrain.ui.Dialogs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Asks for a platform of the user's own: its name, a link, and the steps (title, path, details). */
public final class CustomPlatformDialog {
    private static final int STEP_ROWS = 5;

    private CustomPlatformDialog() {
    }

    /** {@code owner}: any node of the window the dialog belongs to, whose look it takes. */
    public static Optional<Platform> ask(Node owner, Messages m, LocalDate today) {
        Dialogs dialogs = Dialogs.over(owner, m);
        Dialog<Platform> dialog = new Dialog<>();
        dialog.setTitle(m.get("custom.title"));
        dialog.setHeaderText(m.get("custom.header"));
        TextField name = field("custom-name", m.get("custom.name"));
        TextField url = field("custom-url", m.get("custom.url"));
        GridPane steps = new GridPane();
        steps.getStyleClass().add("custom-steps");
        steps.setHgap(6);
        steps.setVgap(6);
        steps.addRow(0, new Label(m.get("custom.stepTitle")), new Label(m.get("custom.stepPath")),
                new Label(m.get("custom.stepDetail")));
        List<TextField[]> rows = new ArrayList<>();
        for (int i = 0; i < STEP_ROWS; i++) {
            TextField[] row = {field("custom-step-" + i + "-title", m.get("custom.stepTitlePrompt")),
                    field("custom-step-" + i + "-path", m.get("custom.stepPathPrompt")),
                    field("custom-step-" + i + "-detail", "")};
            steps.addRow(i + 1, row);
            rows.add(row);
        }
        Label problem = new Label();
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        VBox content = new VBox(8, new Label(m.get("custom.name")), name, new Label(m.get("custom.url")), url, steps,
                problem);
        dialog.getDialogPane().setContent(content);
        ButtonType create = new ButtonType(m.get("custom.create"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(create, dialogs.cancel());

        Platform[] built = new Platform[1];
        Node ok = dialog.getDialogPane().lookupButton(create);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            String wrong = problemIn(m, name.getText(), url.getText(), rows);
            if (wrong == null) {
                List<CustomPlatform.StepInput> inputs = rows.stream()
                        .map(r -> new CustomPlatform.StepInput(r[0].getText(), r[1].getText(), r[2].getText()))
                        .toList();
                try {
                    built[0] = CustomPlatform.create(name.getText(), url.getText(), inputs, today);
                } catch (IllegalArgumentException invalid) {
                    wrong = m.get("custom.invalid", invalid.getMessage());
                }
            }
            if (wrong != null) {
                problem.setText(wrong);
                e.consume();
            }
        });
        ((Button) ok).setId("custom-ok");
        dialog.setResultConverter(button -> button == create ? built[0] : null);
        return dialogs.show(dialog);
    }

    /** What the user must fix, in their language, before the platform can be built. */
    private static String problemIn(Messages m, String name, String url, List<TextField[]> rows) {
        if (name.isBlank()) {
            return m.get("custom.needName");
        }
        if (!url.isBlank() && !url.strip().startsWith("https://")) {
            return m.get("custom.needHttps");
        }
        boolean anyStep = false;
        for (TextField[] row : rows) {
            boolean titled = !row[0].getText().isBlank();
            if (titled && row[1].getText().replace(">", "").isBlank()) {
                return m.get("custom.needPath", row[0].getText().strip());
            }
            anyStep |= titled;
        }
        return anyStep ? null : m.get("custom.needStep");
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setAccessibleText(prompt);
        return field;
    }
}
