package app.notrain.ui.dashboard;

import static app.notrain.ui.Labels.badge;
import static app.notrain.ui.Labels.text;

import app.notrain.i18n.Messages;
import app.notrain.ui.Dialogs;
import java.io.File;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The dashboard's colleagues' reports: "Add a colleague’s report…", then each person (their headline,
 * when they reported, a warning when it is old, "Remove…") and their accounts, read-only. Virtualised:
 * one ListView whatever the number of people and accounts.
 */
final class TeamPane {
    private static final int ROWS_SHOWN = 8;
    private static final double ROW_HEIGHT = 36;

    private final DashboardViewModel model;
    private final Messages m;

    TeamPane(DashboardViewModel model, Messages messages) {
        this.model = model;
        this.m = messages;
    }

    Node build() {
        Button add = new Button(m.get("dashboard.teamAdd"));
        add.setId("dashboard-team-add");
        add.setOnAction(e -> chooseReports(add));
        VBox content = new VBox(add);
        content.getStyleClass().add("team-pane");
        List<TeamRows.Row> rows = model.teamRows();
        if (!rows.isEmpty()) {
            ListView<TeamRows.Row> list = new ListView<>();
            list.setId("dashboard-team-list");
            list.getItems().setAll(rows);
            list.setCellFactory(v -> new RowCell());
            list.setPrefHeight(Math.min(rows.size(), ROWS_SHOWN) * ROW_HEIGHT + 8);
            list.setMinHeight(Region.USE_PREF_SIZE);
            content.getChildren().add(list);
        }
        long people = rows.stream().filter(TeamRows.Row::isPerson).count();
        TitledPane pane = new TitledPane(m.get("dashboard.team", people), content);
        pane.setId("dashboard-team");
        pane.getStyleClass().add("dashboard-shares");
        pane.setExpanded(model.isUnfolded("dashboard-team", true));
        pane.expandedProperty().addListener((obs, was, now) -> model.setUnfolded("dashboard-team", now));
        pane.setAnimated(false);
        return pane;
    }

    private void chooseReports(Node owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("dashboard.teamAdd"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("dashboard.teamFilter"), "*.json"));
        List<File> files = chooser.showOpenMultipleDialog(owner.getScene().getWindow());
        if (files != null && !files.isEmpty()) {
            model.importReports(files.stream().map(File::toPath).toList(),
                    refusal -> Dialogs.over(owner, m).warn(m.get("dashboard.teamRefused"), refusal));
        }
    }

    private void remove(Node owner, TeamRows.Row person) {
        boolean sure = Dialogs.over(owner, m).confirm(m.get("dashboard.teamRemoveTitle"),
                m.get("dashboard.teamRemoveQuestion", person.person(), person.accounts()),
                m.get("dashboard.teamRemoveConfirm"), m.get("dashboard.teamKeep"));
        if (sure) {
            model.removeTeamMember(person.person());
        }
    }

    private final class RowCell extends ListCell<TeamRows.Row> {
        RowCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(TeamRows.Row row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            if (row.isPerson()) {
                Label name = new Label(m.get("dashboard.teamPerson", row.person(), row.headline()));
                name.getStyleClass().add("team-person");
                name.setWrapText(true);
                VBox text = new VBox(name, text(row.reported(), "muted"));
                if (row.stale() != null) {
                    text.getChildren().add(text(row.stale(), "team-stale"));
                }
                HBox.setHgrow(text, Priority.ALWAYS);
                Button remove = new Button(m.get("dashboard.teamRemove"));
                remove.setAccessibleText(m.get("dashboard.teamRemoveHelp", row.person()));
                remove.setFocusTraversable(false);
                remove.setMinWidth(Region.USE_PREF_SIZE);
                remove.setOnAction(e -> remove(this, row));
                setGraphic(new HBox(8, text, remove));
                setAccessibleText(row.person() + " " + row.headline() + " " + row.reported());
            } else {
                Label account = new Label(row.account());
                account.setMinWidth(120);
                Label standing = badge(row.standing(), DashboardView.style(row.protection()));
                Label reported = text(row.reported(), "muted");
                HBox line = new HBox(8, account, standing, reported);
                line.getStyleClass().add("team-account");
                setGraphic(line);
                setAccessibleText(row.account() + ", " + row.standing() + ", " + row.reported());
            }
        }
    }
}
