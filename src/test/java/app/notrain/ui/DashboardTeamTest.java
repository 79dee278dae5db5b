package app.notrain.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.CatalogReader;
import app.notrain.catalog.Region;
import app.notrain.i18n.Language;
import app.notrain.i18n.Messages;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.ProgressData;
import app.notrain.progress.Profile;
import app.notrain.progress.StepStatus;
import app.notrain.progress.UseKind;
import app.notrain.report.JsonReport;
import app.notrain.report.ProgressReport;
import app.notrain.report.ReportWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A DPO's dashboard with two colleagues' reports, imported through the dashboard's command (what
 * "Add a colleague’s report…" runs with the files chosen): each person under their name, read-only,
 * marked who reported it and when; an old report asks for a new one; the company total; removing
 * one person asks first and keeps the other.
 */
@ExtendWith(ApplicationExtension.class)
class DashboardTeamTest {
    private static final Clock MARCH_5_2027 = Clock.fixed(Instant.parse("2027-03-05T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private MainView view;

    @Start
    void start(Stage stage) throws Exception {
        Path store = dir.resolve("progress.json");
        ProgressBook dpo = book(MARCH_5_2027);
        dpo.addAccount("x", "@company", null, null);
        TestStores.saved(store, dpo, MARCH_5_2027);
        view = TestStores.window(stage, store, MARCH_5_2027, Language.EN);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @Test
    void colleaguesAccountsShowUnderTheirNameReadOnlyWithWhoAndWhen(FxRobot robot) throws Exception {
        List<String> refusals = importReports(robot);

        assertThat(refusals).isEmpty();
        TitledPane team = robot.lookup("#dashboard-team").query();
        assertThat(team.getText()).isEqualTo("Colleagues’ reports (2)");
        List<String> lines = lines(robot);
        assertThat(lines).contains("Alice: 1\u00A0of\u00A02\u00A0accounts protected\u00A0· 1\u00A0exposed",
                "Reported by Alice on 30 November 2026",
                "Alice’s report is 95 days old: ask for a new one",
                "LinkedIn · Alice M", "Protected since 30 November 2026",
                "Bob: 0\u00A0of\u00A01\u00A0account protected\u00A0· 1\u00A0exposed",
                "Reported by Bob on 1 March 2027");
        assertThat(lines).doesNotContain("Bob’s report is 4 days old: ask for a new one");
        assertThat(robot.lookup("#dashboard-team-list .quick").queryAll()).as("no Done button on their accounts")
                .isEmpty();
        assertThat(robot.lookup("#dashboard-company").queryAs(Label.class).getText())
                .isEqualTo("Company total: 1\u00A0of\u00A04\u00A0accounts protected\u00A0· 3\u00A0exposed");
        assertThat(robot.lookup("#dashboard-headline").queryAs(Label.class).getText())
                .as("the user's own accounts keep their headline").isEqualTo("0\u00A0of\u00A01\u00A0account protected");
    }

    @Test
    void removingAPersonAsksFirstAndKeepsTheOthers(FxRobot robot) throws Exception {
        importReports(robot);
        Button removeBob = robot.lookup("#dashboard-team-list .button").queryAllAs(Button.class).stream()
                .filter(b -> "Remove Bob’s report".equals(b.getAccessibleText())).findFirst().orElseThrow();

        robot.clickOn(removeBob);
        robot.clickOn("#dialog-keep");
        assertThat(lines(robot)).anyMatch(l -> l.startsWith("Bob:"));

        robot.clickOn(removeBob);
        robot.clickOn("#dialog-confirm");

        assertThat(lines(robot)).noneMatch(l -> l.startsWith("Bob:")).anyMatch(l -> l.startsWith("Alice:"));
        assertThat(view.state().book().team()).hasSize(1);
        assertThat(view.state().book().accounts()).hasSize(1);
    }

    @Test
    void aFileThatIsNotAReportIsRefusedInWordsAndNothingChanges(FxRobot robot) throws Exception {
        Path notAReport = dir.resolve("progress.json");
        List<String> refusals = new ArrayList<>();

        robot.interact(() -> view.model().dashboard().importReports(List.of(notAReport), refusals::add));

        assertThat(refusals).singleElement().asString().contains("is not a NoTrain report");
        assertThat(view.state().book().team()).isEmpty();
    }

    /** Alice exported on 30 November 2026 (95 days before), Bob on 1 March 2027; both with the real JSON report. */
    private List<String> importReports(FxRobot robot) throws Exception {
        ProgressBook alice = book(Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC));
        String linkedin = alice.addAccount("linkedin", "Alice M", null, null).id();
        alice.addAccount("facebook", "alice.page", null, null);
        alice.setStep(linkedin, "turn-off-ai-training", StepStatus.DONE, null, null, null);
        alice.setStep(linkedin, "object-other-processing", StepStatus.DONE, null, "ticket 7", null);
        ProgressBook bob = book(Clock.fixed(Instant.parse("2027-03-01T10:00:00Z"), ZoneOffset.UTC));
        bob.addAccount("instagram", "@bob", null, null);
        Path a = export(alice, "Alice", "alice.json");
        Path b = export(bob, "Bob", "bob.json");
        List<String> refusals = new ArrayList<>();
        robot.interact(() -> view.model().dashboard().importReports(List.of(a, b), refusals::add));
        robot.interact(() -> { });
        return refusals;
    }

    private Path export(ProgressBook book, String person, String name) throws Exception {
        Path out = dir.resolve(name);
        LocalDate day = LocalDate.ofInstant(book.now(), ZoneOffset.UTC);
        ReportWriter.write(ProgressReport.of(book, day, ZoneOffset.UTC, Messages.of(Language.EN), null, person),
                new JsonReport(), out);
        return out;
    }

    private static ProgressBook book(Clock clock) {
        ProgressBook book = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY, clock);
        book.completeSetup(new Profile(Region.EU_EEA, true, UseKind.BUSINESS));
        return book;
    }

    private static List<String> lines(FxRobot robot) {
        ListView<?> list = robot.lookup("#dashboard-team-list").queryListView();
        List<String> texts = new ArrayList<>();
        for (Node node : list.lookupAll(".label")) {
            if (node instanceof Labeled label && label.getText() != null && node.isVisible()) {
                texts.add(label.getText());
            }
        }
        return texts;
    }
}
