package app.notrain.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.CatalogReader;
import app.notrain.catalog.CatalogSource;
import app.notrain.catalog.Region;
import app.notrain.i18n.Language;
import app.notrain.progress.Account;
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
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** At start, the window says what became due since the last visit, without stopping the user. */
@ExtendWith(ApplicationExtension.class)
class DueNoticeTest {
    private static final Clock JUNE_1 = Clock.fixed(Instant.parse("2025-06-01T09:00:00Z"), ZoneOffset.UTC);
    private static final Clock JULY_10 = Clock.fixed(Instant.parse("2025-07-10T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Path store;

    @Start
    void start(Stage stage) throws Exception {
        store = dir.resolve("progress.json");
        ProgressBook book = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY, JUNE_1);
        book.completeSetup(new Profile(Region.EU_EEA, true, UseKind.PERSONAL));
        Account snapchat = book.addAccount("snapchat", "snap", null, null);
        String deletion = book.platform("snapchat").orElseThrow().steps().stream()
                .filter(s -> s.waitFor() != null && s.waitFor().days() == 30).findFirst().orElseThrow().id();
        book.setStep(snapchat.id(), "turn-off-public-content-ai", StepStatus.DONE, null, null, null);
        book.setStep(snapchat.id(), deletion, StepStatus.WAITING, null, null, LocalDate.of(2025, 7, 1));
        book.addAccount("linkedin", "work", null, null);      // upcoming on 3 November: not due
        book.markOpened(LocalDate.of(2025, 6, 1));
        try (ProgressStore file = ProgressStore.open(store, JUNE_1)) {
            file.save(book.snapshot());
        }
        MainWindow.show(stage, new AppContext(JULY_10, Language.EN, store, () -> CatalogSource.load(null), url -> { },
                text -> { }, BackgroundWork.onCallingThread()));
    }

    @Test
    void aWaitThatEndedSinceTheLastVisitIsAnnounced(FxRobot robot) {
        assertThat(robot.lookup("#status").queryAs(Labeled.class).getText())
                .isEqualTo("One action became due since your last visit on 1 June 2025: "
                        + "Snapchat · snap (Wait over: check or follow up).");
        assertThat(robot.lookup("#dashboard").tryQuery()).isPresent();
        // The visit is written, once the figures are in, so that the next start does not announce it again.
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () ->
                    java.nio.file.Files.readString(store).contains("\"lastOpened\":\"2025-07-10\""));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the day of this visit was never written", e);
        }
    }

    @Test
    void theNoticeLeadsToTheActionsThatBecameDue(FxRobot robot) {
        javafx.scene.control.ListView<app.notrain.ui.dashboard.DashboardViewModel.ActionRow> list =
                robot.lookup("#dashboard-actions").queryListView();
        assertThat(list.getItems()).hasSize(2);

        robot.clickOn("#dashboard-due");

        assertThat(list.getItems()).singleElement().satisfies(r -> {
            assertThat(r.accountId()).isEqualTo("snapchat-1");
            assertThat(r.becameDue()).isTrue();
        });
    }

    @Test
    void onceNothingIsDueTheListIsNoLongerFilteredByIt(FxRobot robot) {
        javafx.scene.control.ListView<app.notrain.ui.dashboard.DashboardViewModel.ActionRow> list =
                robot.lookup("#dashboard-actions").queryListView();
        robot.clickOn("#dashboard-due");
        assertThat(list.getItems()).hasSize(1);

        robot.clickOn(robot.lookup("#dashboard-actions .quick").queryButton());   // the due one is dealt with

        assertThat(robot.lookup("#dashboard-due").tryQuery()).as("nothing is due: no check box").isEmpty();
        assertThat(list.getItems()).as("the other actions are shown again").isNotEmpty()
                .noneMatch(app.notrain.ui.dashboard.DashboardViewModel.ActionRow::becameDue);
    }
}
