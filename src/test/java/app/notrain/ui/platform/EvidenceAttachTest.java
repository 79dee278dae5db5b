package app.notrain.ui.platform;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.CatalogReader;
import app.notrain.catalog.Region;
import app.notrain.i18n.Language;
import app.notrain.i18n.Messages;
import app.notrain.progress.EvidenceFile;
import app.notrain.progress.Profile;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.ProgressData;
import app.notrain.progress.UseKind;
import app.notrain.store.EvidenceFolder;
import app.notrain.ui.BackgroundWork;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The card's "Attach…": the chooser (a function here, answering a real file) gives a file, the view
 * model copies it into the evidence folder and records it; the card lists it, opens it, says when
 * its copy changed, and takes it off.
 */
@ExtendWith(ApplicationExtension.class)
class EvidenceAttachTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);
    private static final String STEP = "#step-linkedin-1-turn-off-ai-training";

    @TempDir
    Path dir;
    private ProgressBook book;
    private EvidenceFolder folder;
    private Path chosen;
    private final List<String> opened = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        chosen = Files.writeString(dir.resolve("AI setting off.png"), "a screenshot");
        book = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY, CLOCK);
        book.completeSetup(new Profile(Region.EU_EEA, true, UseKind.PERSONAL),
                List.of(new ProgressBook.NewAccount("linkedin", "me@work.example", null, null)));
        folder = EvidenceFolder.beside(dir.resolve("progress.json"));
        AccountsViewModel model = new AccountsViewModel(book, book.platform("linkedin").orElseThrow(),
                Messages.of(Language.EN), LocalDate.now(CLOCK), ZoneOffset.UTC, opened::add,
                new EvidenceAccess(folder, BackgroundWork.onCallingThread(), CLOCK));
        AccountsView view = new AccountsView(model, Messages.of(Language.EN), null, owner -> Optional.of(chosen));
        book.addListener(view::render);
        ScrollPane page = new ScrollPane(view.root());
        page.setFitToWidth(true);                   // as on the platform's page
        stage.setScene(new Scene(page, 1000, 760));
        stage.show();
    }

    @Test
    void attachListsTheFileOpensItAndRemovesIt(FxRobot robot) throws Exception {
        robot.clickOn(STEP + "-attach");

        EvidenceFile file = book.record("linkedin-1", "turn-off-ai-training").orElseThrow().evidenceFiles().get(0);
        assertThat(folder.locate(file)).hasContent("a screenshot");
        assertThat(robot.lookup(STEP + "-file-0").queryAs(Labeled.class).getText()).isEqualTo("AI setting off.png");
        assertThat(robot.lookup(STEP + "-file-0-state").queryAs(Labeled.class).getText()).isEqualTo("Copy intact");
        assertThat(robot.lookup("#accounts-feedback").queryAs(Labeled.class).getText())
                .startsWith("Attached AI setting off.png");

        robot.clickOn(STEP + "-file-0");
        assertThat(opened).containsExactly(folder.locate(file).toUri().toString());

        robot.clickOn(STEP + "-file-0-remove");
        assertThat(robot.lookup(STEP + "-file-0").tryQuery()).isEmpty();
        assertThat(folder.locate(file)).exists();        // kept, so that undo finds it
        robot.interact(book::undo);
        assertThat(robot.lookup(STEP + "-file-0").queryAs(Labeled.class).getText()).isEqualTo("AI setting off.png");
    }

    @Test
    void aCopyChangedOrLostSinceIsShownAsSuch(FxRobot robot) throws Exception {
        robot.clickOn(STEP + "-attach");
        EvidenceFile file = book.record("linkedin-1", "turn-off-ai-training").orElseThrow().evidenceFiles().get(0);

        Files.writeString(folder.locate(file), "A SCREENSHOT");     // same size: only the hash tells
        Files.setLastModifiedTime(folder.locate(file), java.nio.file.attribute.FileTime.from(CLOCK.instant()));
        robot.interact(() -> book.setStep("linkedin-1", "turn-off-ai-training",
                app.notrain.progress.StepStatus.DONE, null, null, null));
        assertThat(robot.lookup(STEP + "-file-0-state").queryAs(Labeled.class).getText())
                .isEqualTo("Copy changed since attached");

        Files.delete(folder.locate(file));
        robot.clickOn(STEP + "-file-0");
        assertThat(opened).isEmpty();
        assertThat(robot.lookup(STEP + "-file-0-state").queryAs(Labeled.class).getText()).isEqualTo("Copy missing");
        assertThat(robot.lookup("#accounts-feedback").queryAs(Labeled.class).getText())
                .startsWith("The copy of AI setting off.png is no longer in");
    }
}
