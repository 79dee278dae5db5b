package app.notrain.ui;

import app.notrain.i18n.Messages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Says why the progress file cannot be used, that it was left untouched, and what the user can do. */
final class StoreProblemView {
    private final VBox root = new VBox();

    /** What the buttons do: each forwards to one command of the window's view model. */
    record Actions(Runnable restoreBackup, Runnable reloadTheirs, Runnable keepMine, Runnable compare) {
    }

    StoreProblemView(StoreProblem problem, Messages m, ZoneId zone, Actions actions) {
        Runnable restoreBackup = actions.restoreBackup();
        root.getStyleClass().add("store-problem");
        root.setId("store-problem");
        Label title = new Label(m.get("store.title." + problem.kind().name()));
        title.getStyleClass().add("section-title");
        Label detail = new Label(m.get("store.detail." + problem.kind().name(), problem.file(),
                problem.detail() == null ? "" : problem.detail()));
        detail.setWrapText(true);
        root.getChildren().addAll(title, detail);
        if (problem.kind() == StoreProblem.Kind.CHANGED_OUTSIDE) {
            Button reload = button("reload-theirs", m.get("store.reloadTheirs"), actions.reloadTheirs());
            reload.getStyleClass().add("accent");
            Button keep = button("keep-mine", m.get("store.keepMine"), actions.keepMine());
            Button compare = button("compare-versions", m.get("store.compare"), actions.compare());
            compare.setDisable(problem.detail() != null && !problem.detail().isEmpty()); // shown already
            root.getChildren().add(new HBox(8, reload, keep, compare));
        }
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

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    Node root() {
        return root;
    }
}
