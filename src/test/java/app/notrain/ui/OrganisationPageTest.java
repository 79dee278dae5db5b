package app.notrain.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.CatalogReader;
import app.notrain.catalog.CatalogSource;
import app.notrain.catalog.Region;
import app.notrain.i18n.Language;
import app.notrain.progress.MeasureRecord;
import app.notrain.progress.Profile;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.ProgressData;
import app.notrain.progress.StepStatus;
import app.notrain.progress.UseKind;
import app.notrain.store.ProgressStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A business's organisation checklist: beside the platforms, one click to mark a measure, on the dashboard. */
@ExtendWith(ApplicationExtension.class)
class OrganisationPageTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private AppState state;
    private final List<String> opened = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        Path store = dir.resolve("progress.json");
        ProgressBook book = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY, CLOCK);
        book.completeSetup(new Profile(Region.EU_EEA, true, UseKind.BUSINESS),
                List.of(new ProgressBook.NewAccount("linkedin", "company page", "Alice", null)));
        try (ProgressStore s = ProgressStore.open(store, CLOCK)) {
            s.save(book.snapshot());
        }
        AppContext context = new AppContext(CLOCK, Language.EN, store, () -> CatalogSource.load(null), opened::add,
                text -> { }, BackgroundWork.onCallingThread());
        state = MainWindow.show(stage, context).state();
        state.sectionProperty().set(Section.PLATFORMS);
    }

    @Test
    void theNavigationLeadsToTheChecklistWhereOneClickMarksAMeasureDone(FxRobot robot) {
        robot.clickOn("#nav-organisation");

        assertThat(text(robot, "#organisation-summary")).isEqualTo("0 of 9 measures in place");
        assertThat(text(robot, "#measure-train-team-situation")).isEqualTo("To do");
        robot.clickOn("#measure-train-team-done");

        assertThat(state.book().measure("train-team")).map(MeasureRecord::status).contains(StepStatus.DONE);
        assertThat(text(robot, "#organisation-summary")).isEqualTo("1 of 9 measures in place");
        assertThat(text(robot, "#measure-train-team-situation"))
                .isEqualTo("Done on 22 November 2026\u00A0· next re-check 22 November 2027");
        assertThat(robot.lookup("#measure-train-team-done").query().isVisible()).isFalse();
    }

    @Test
    void theOwnerTypedIsKeptAndCtrlZUndoesIt(FxRobot robot) {
        robot.clickOn("#nav-organisation");
        robot.clickOn("#measure-editorial-review-owner").write("Chloé").type(KeyCode.ENTER);

        assertThat(state.book().measure("editorial-review")).map(MeasureRecord::owner).contains("Chloé");
        assertThat(robot.lookup("#measure-editorial-review-owner").queryAs(TextField.class).getAccessibleText())
                .isEqualTo("Person responsible: Review every post before it is published");

        robot.clickOn("#measure-editorial-review-status");         // off the text field: Ctrl+Z is the app's
        robot.type(KeyCode.ESCAPE);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        assertThat(state.book().measure("editorial-review")).isEmpty();
        assertThat(robot.lookup("#measure-editorial-review-owner").queryAs(TextField.class).getText()).isEmpty();
    }

    @Test
    void aSourceLinkGoesToTheSystemBrowser(FxRobot robot) {
        robot.clickOn("#nav-organisation");
        robot.interact(() -> robot.lookup("#measure-systematic-opt-outs .measure-sources").lookup(".hyperlink")
                .queryAs(Hyperlink.class).fire());

        assertThat(opened).containsExactly("https://www.cnil.fr/fr/le-droit-dopposition");
    }

    @Test
    void theDashboardCountsTheMeasuresAndOpensTheChecklist(FxRobot robot) {
        robot.interact(() -> state.book().setMeasure("annual-review", StepStatus.DONE, null, null, null, null));
        robot.clickOn("#nav-dashboard");

        assertThat(text(robot, "#dashboard-organisation")).isEqualTo("Organisation: 1 of 9 measures in place");
        robot.clickOn("#dashboard-open-organisation");

        assertThat(state.sectionProperty().get()).isEqualTo(Section.ORGANISATION);
        assertThat(robot.lookup("#organisation-view").tryQuery()).isPresent();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }
}
