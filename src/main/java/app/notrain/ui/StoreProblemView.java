package app.notrain.ui;

import app.notrain.i18n.Messages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Says why the progress file cannot be used, that it was left untouched, and what the user can do. */
final class StoreProblemView {
    private final VBox root = new VBox();

    StoreProblemView(StoreProblem problem, Messages m, ZoneId zone, Runnable restoreBackup) {
        root.getStyleClass().add("store-problem");
        root.setId("store-problem");
        Label title = new Label(m.get("store.title." + problem.kind().name()));
        title.getStyleClass().add("section-title");
        Label detail = new Label(m.get("store.detail." + problem.kind().name(), problem.file(),
                problem.detail() == null ? "" : problem.detail()));
        detail.setWrapText(true);
        root.getChildren().addAll(title, detail);
        if (problem.kind() == StoreProblem.Kind.DAMAGED) {
            if (problem.backup() != null) {
                String saved = problem.backupSaved() == null ? problem.backup().getFileName().toString()
                        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                                .withLocale(m.locale()).format(problem.backupSaved().atZone(zone));
                Button restore = new Button(m.get("store.restore", saved));
                restore.setId("restore-backup");
                restore.getStyleClass().add("accent");
                restore.setOnAction(e -> {
                    restore.setDisable(true);           // one restore, however often it is clicked
                    restoreBackup.run();
                });
                Label loss = new Label(m.get("store.restoreLoss"));
                loss.setWrapText(true);
                root.getChildren().addAll(restore, loss);
            } else {
                Label none = new Label(m.get("store.noBackup"));
                none.setWrapText(true);
                root.getChildren().add(none);
            }
        }
    }

    Node root() {
        return root;
    }
}
