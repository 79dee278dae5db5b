package app.notrain.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.CatalogReader;
import app.notrain.catalog.CatalogSource;
import app.notrain.catalog.Region;
import app.notrain.catalog.Step;
import app.notrain.i18n.Language;
import app.notrain.progress.Profile;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.ProgressData;
import app.notrain.progress.StepStatus;
import app.notrain.progress.UseKind;
import app.notrain.store.ProgressStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A platform page with accounts is their checklist: how-to inline, one click for the usual answer. */
@ExtendWith(ApplicationExtension.class)
class PlatformChecklistTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private AppState state;
    private final List<String> opened = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        Path store = dir.resolve("progress.json");
        ProgressBook book = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY, CLOCK);
        book.completeSetup(new Profile(Region.EU_EEA, true, UseKind.PERSONAL),
                List.of(new ProgressBook.NewAccount("linkedin", "me@work.example", null, null)));
        try (ProgressStore s = ProgressStore.open(store, CLOCK)) {
            s.save(book.snapshot());
        }
        AppContext context = new AppContext(CLOCK, Language.EN, store, () -> CatalogSource.load(null), opened::add,
                text -> { }, BackgroundWork.onCallingThread());
        state = MainWindow.show(stage, context).state();
        state.selectedPlatformIdProperty().set("linkedin");      // @Start runs on the JavaFX thread
        state.sectionProperty().set(Section.PLATFORMS);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aStepGetsItsDatePickerWhenItWaitsAndTheDatePickedIsKept(FxRobot robot) {
        Step first = state.book().platform("linkedin").orElseThrow().steps().get(0);
        String id = "#step-linkedin-1-" + first.id();
        assertThat(robot.lookup(id + "-until").tryQuery()).as("no picker while nothing waits").isEmpty();

        ChoiceBox<StepStatus> status = robot.lookup(id + "-status").queryAs(ChoiceBox.class);
        robot.interact(() -> status.setValue(StepStatus.WAITING));
        DatePicker until = robot.lookup(id + "-until").queryAs(DatePicker.class);
        assertThat(until.isVisible()).isTrue();
        robot.interact(() -> until.setValue(LocalDate.of(2026, 12, 22)));

        assertThat(state.book().record("linkedin-1", first.id()).orElseThrow().until())
                .isEqualTo(LocalDate.of(2026, 12, 22));
        robot.interact(() -> status.setValue(StepStatus.DONE));
        assertThat(robot.lookup(id + "-until").query().isVisible()).as("hidden once done").isFalse();
    }

    @Test
    void eachOpenStepShowsItsHowToAndIsMarkedDoneInOneClickThenFolds(FxRobot robot) {
        Step first = state.book().platform("linkedin").orElseThrow().steps().get(0);
        String id = "#step-linkedin-1-" + first.id();
        Node guide = robot.lookup(id + "-guide").query();
        assertThat(guide.isVisible()).isTrue();
        assertThat(robot.lookup(id + "-guide .step-path").queryAs(Labeled.class).getText()).contains("›");
        // The guide's own sections come after the checklist, folded.
        assertThat(robot.lookup("#section-steps").queryAs(TitledPane.class).isExpanded()).isFalse();

        Button done = robot.lookup(id + "-done").queryButton();
        assertThat(done.getText()).isEqualTo("Mark done");
        robot.clickOn(done);

        assertThat(state.book().record("linkedin-1", first.id()).orElseThrow().status()).isEqualTo(StepStatus.DONE);
        assertThat(robot.lookup(id + "-situation").queryAs(Labeled.class).getText()).isEqualTo("Done");
        assertThat(robot.lookup(id + "-guide").query().isVisible()).isFalse();
        assertThat(robot.lookup(id + "-done").query().isVisible()).isFalse();
    }

    @Test
    void foldedPartsAreMadeWhenUnfoldedAndShowWhatIsRecorded(FxRobot robot) {
        Step first = state.book().platform("linkedin").orElseThrow().steps().get(0);
        robot.clickOn("#step-linkedin-1-" + first.id() + "-done");
        assertThat(robot.lookup("#history-linkedin-1").tryQuery()).as("not made while folded").isEmpty();
        assertThat(robot.lookup("#platform-steps").tryQuery()).as("not made while folded").isEmpty();

        TitledPane history = robot.lookup("#account-linkedin-1 .account-history").queryAs(TitledPane.class);
        robot.interact(() -> history.setExpanded(true));
        javafx.scene.control.ListView<String> entries = robot.lookup("#history-linkedin-1").queryListView();
        assertThat(entries.getItems()).hasSize(state.book().history("linkedin-1").size())
                .anyMatch(entry -> entry.contains(state.book().catalog().platform("linkedin").orElseThrow()
                        .steps().get(0).title().in(Language.EN)));
        robot.clickOn("#step-linkedin-1-" + state.book().platform("linkedin").orElseThrow().steps().get(1).id()
                + "-done");
        assertThat(entries.getItems()).as("kept up to date once made")
                .hasSize(state.book().history("linkedin-1").size());

        TitledPane steps = robot.lookup("#section-steps").queryAs(TitledPane.class);
        robot.interact(() -> steps.setExpanded(true));
        assertThat(robot.lookup("#platform-steps .step").queryAll()).hasSize(
                state.book().platform("linkedin").orElseThrow().steps().size());
    }

    @Test
    void aStepsLinkGoesToTheSystemBrowser(FxRobot robot) {
        Step withLink = state.book().platform("linkedin").orElseThrow().steps().stream()
                .filter(s -> s.url() != null).findFirst().orElseThrow();
        robot.interact(() -> robot.lookup("#step-linkedin-1-" + withLink.id() + "-link").queryAs(
                javafx.scene.control.Hyperlink.class).fire());

        assertThat(opened).containsExactly(withLink.url());
    }

    @Test
    void aPersonHasNoOrganisationChecklistInTheNavigation(FxRobot robot) {
        assertThat(robot.lookup("#nav-platforms").tryQuery()).isPresent();
        assertThat(robot.lookup("#nav-organisation").tryQuery()).isEmpty();
    }
}
