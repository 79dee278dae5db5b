package app.notrain.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.CatalogReader;
import app.notrain.catalog.CatalogSource;
import app.notrain.catalog.Region;
import app.notrain.cli.Cli;
import app.notrain.i18n.Language;
import app.notrain.progress.Account;
import app.notrain.progress.Profile;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.ProgressData;
import app.notrain.progress.StepStatus;
import app.notrain.progress.UseKind;
import app.notrain.store.ProgressStore;
import app.notrain.ui.dashboard.DashboardViewModel.ActionRow;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The dashboard on 20 accounts in mixed states, on a fixed day, against the command line. */
@ExtendWith(ApplicationExtension.class)
class DashboardTest {
    private static final Clock SEPT_1_2025 = Clock.fixed(Instant.parse("2025-09-01T09:00:00Z"), ZoneOffset.UTC);
    private static final String[] PLATFORMS = {"facebook", "instagram", "linkedin", "x", "snapchat"};

    @TempDir
    Path dir;
    private Path store;

    @Start
    void start(Stage stage) throws Exception {
        store = dir.resolve("progress.json");
        try (ProgressStore file = ProgressStore.open(store, SEPT_1_2025)) {
            file.save(twentyAccounts());
        }
        MainWindow.show(stage, new AppContext(SEPT_1_2025, Language.EN, store, () -> CatalogSource.load(null),
                url -> { }, text -> { }, BackgroundWork.onCallingThread()));
    }

    /** Four owners, five platforms, steps done, waiting (some over), refused and untouched. */
    private static ProgressData twentyAccounts() {
        Clock june = Clock.fixed(Instant.parse("2025-06-01T09:00:00Z"), ZoneOffset.UTC);
        ProgressBook book = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY, june);
        book.completeSetup(new Profile(Region.EU_EEA, true, UseKind.BUSINESS));
        String[] owners = {"Company page", "Alice", "Bob", "Chloé"};
        for (int i = 0; i < 20; i++) {
            Account a = book.addAccount(PLATFORMS[i % PLATFORMS.length], "account " + i, owners[i % 4],
                    i % 3 == 0 ? "Group " + (i % 2) : null);
            String first = book.platform(a.platformId()).orElseThrow().steps().get(0).id();
            switch (i % 4) {
                case 0 -> book.setStep(a.id(), first, StepStatus.DONE, null, null, null);
                case 1 -> book.setStep(a.id(), first, StepStatus.WAITING, null, null, LocalDate.of(2025, 7, 1 + i));
                case 2 -> book.setStep(a.id(), first, StepStatus.REFUSED, "no", null, null);
                default -> { }
            }
        }
        return book.snapshot();
    }

    @Test
    void theDashboardListsTheSameActionsInTheSameOrderAsStatusJson(FxRobot robot) throws Exception {
        ListView<ActionRow> list = robot.lookup("#dashboard-actions").queryListView();
        List<String> window = list.getItems().stream().map(r -> r.accountId() + "/" + r.stepId()).toList();

        Path copy = dir.resolve("copy.json");
        Files.copy(store, copy);
        StringWriter out = new StringWriter();
        int code = new Cli(new PrintWriter(out), new PrintWriter(new StringWriter()), SEPT_1_2025)
                .execute(new String[] {"status", "--json", "--today", "2025-09-01", "--store", copy.toString()});
        List<String> cli = new ArrayList<>();
        for (JsonElement a : JsonParser.parseString(out.toString()).getAsJsonObject().getAsJsonArray("actions")) {
            cli.add(a.getAsJsonObject().get("account").getAsString() + "/" + a.getAsJsonObject().get("step").getAsString());
        }

        assertThat(code).isEqualTo(Cli.OK);
        assertThat(window).isNotEmpty().hasSizeLessThanOrEqualTo(20).isEqualTo(cli);   // one per account at most
        assertThat(window).doesNotHaveDuplicates();
        assertThat(text(robot, "#dashboard-headline")).matches("\\d+\u00A0of\u00A0\\d+\u00A0accounts protected");
    }

    @Test
    void filtersNarrowTheListByOwnerPlatformAndKind(FxRobot robot) {
        ListView<ActionRow> list = robot.lookup("#dashboard-actions").queryListView();
        ComboBox<String> owner = robot.lookup("#dashboard-owner").queryComboBox();
        ComboBox<String> platform = robot.lookup("#dashboard-platform").queryComboBox();

        robot.interact(() -> owner.setValue("Alice"));
        assertThat(list.getItems()).isNotEmpty().allSatisfy(r -> assertThat(r.owners()).contains("Alice"));
        robot.interact(() -> platform.setValue("instagram"));
        assertThat(list.getItems()).allSatisfy(r -> assertThat(r.platformIds()).contains("instagram"));
        robot.interact(() -> {
            owner.setValue(null);
            platform.setValue(null);
        });
        robot.clickOn("#dashboard-search").write("account 17");
        assertThat(list.getItems()).isNotEmpty().allSatisfy(r -> assertThat(r.whose()).contains("account 17"));
    }

    @Test
    void openingAnActionShowsItsAccountOnItsPlatformAndTickingUpdatesTheDashboard(FxRobot robot) {
        ListView<ActionRow> list = robot.lookup("#dashboard-actions").queryListView();
        ActionRow first = list.getItems().get(0);
        int before = list.getItems().size();

        robot.interact(() -> {
            list.getSelectionModel().select(0);
            list.requestFocus();
        });
        robot.type(javafx.scene.input.KeyCode.ENTER);

        assertThat(text(robot, "#platform-title")).isEqualTo(
                CatalogReader.builtIn().platform(first.platformId()).orElseThrow().name());
        assertThat(robot.lookup("#account-" + first.accountId()).tryQuery()).isPresent();
        assertThat(robot.lookup("#step-" + first.accountId() + "-" + first.stepId()).query().getStyleClass())
                .as("the step to do is highlighted").contains("highlight");
        ChoiceBox<StepStatus> status = robot.lookup("#step-" + first.accountId() + "-" + first.stepId() + "-status")
                .query();
        robot.interact(() -> status.setValue(StepStatus.DONE));
        robot.clickOn("#nav-dashboard");

        ListView<ActionRow> after = robot.lookup("#dashboard-actions").queryListView();
        assertThat(after.getItems()).hasSizeLessThanOrEqualTo(before)
                .noneMatch(r -> r.accountId().equals(first.accountId()) && r.stepId().equals(first.stepId()));

        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z)
                .release(javafx.scene.input.KeyCode.Z, javafx.scene.input.KeyCode.CONTROL);   // live, on the dashboard
        ListView<ActionRow> undone = robot.lookup("#dashboard-actions").queryListView();
        assertThat(undone.getItems()).hasSize(before);
        assertThat(undone.getItems().get(0).key()).isEqualTo(first.key());
    }

    @Test
    void oneClickMarksTheNextStepDoneAndTheAccountMovesOn(FxRobot robot) {
        ListView<ActionRow> list = robot.lookup("#dashboard-actions").queryListView();
        ActionRow first = list.getItems().get(0);
        assertThat(first.quickStatus()).isNotNull();

        Labeled headline = robot.lookup("#dashboard-headline").queryLabeled();
        javafx.scene.Node filter = robot.lookup("#dashboard-platform").query();
        javafx.scene.Node byPlatform = robot.lookup("#dashboard-by-platform").query();

        robot.clickOn(robot.lookup("#dashboard-actions .quick").queryButton());

        ListView<ActionRow> after = robot.lookup("#dashboard-actions").queryListView();
        assertThat(after.getItems()).noneMatch(r -> r.key().equals(first.key()));
        assertThat(text(robot, "#status")).startsWith(first.step() + " · ");
        // Updated in place, not rebuilt: the same nodes carry the new words (a rebuilt page is restyled).
        assertThat(robot.lookup("#dashboard-headline").queryLabeled()).isSameAs(headline);
        assertThat(robot.lookup("#dashboard-platform").<javafx.scene.Node>query()).isSameAs(filter);
        assertThat(robot.lookup("#dashboard-by-platform").<javafx.scene.Node>query()).isSameAs(byPlatform);
    }

    @Test
    void aStatusChipShowsOnlyTheActionsOfAccountsInThatStatus(FxRobot robot) {
        javafx.scene.control.Button chip = robot.lookup("#dashboard-chips .chip").queryButton();

        robot.clickOn(chip);

        ListView<ActionRow> list = robot.lookup("#dashboard-actions").queryListView();
        ComboBox<app.notrain.progress.Protection> status = robot.lookup("#dashboard-status").queryComboBox();
        assertThat(status.getValue()).isNotNull();
        assertThat(list.getItems()).isNotEmpty().allSatisfy(r -> assertThat(r.protection()).isEqualTo(status.getValue()));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }
}
