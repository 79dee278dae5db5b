package app.notrain.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.CatalogReader;
import app.notrain.catalog.CatalogSource;
import app.notrain.catalog.Region;
import app.notrain.i18n.Language;
import app.notrain.progress.Profile;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.ProgressData;
import app.notrain.progress.UseKind;
import app.notrain.report.ReportFormats;
import app.notrain.store.ProgressStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ChoiceBox;
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
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+E, choose a format and a file, export: the file is written and can be opened. */
@ExtendWith(ApplicationExtension.class)
class ReportExportTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-09-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private final List<String> opened = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        Path store = dir.resolve("progress.json");
        ProgressBook book = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY, CLOCK);
        book.completeSetup(new Profile(Region.EU_EEA, true, UseKind.BUSINESS));
        book.addAccount("linkedin", "alice@work.example", "Alice", null);
        book.addAccount("x", "@bob <b>", "Bob", null);
        try (ProgressStore file = ProgressStore.open(store, CLOCK)) {
            file.save(book.snapshot());
        }
        MainWindow.show(stage, new AppContext(CLOCK, Language.EN, store, () -> CatalogSource.load(null), opened::add,
                text -> { }, new FxBackgroundWork()));
    }

    @Test
    void exportingWritesTheChosenFormatAndOpenHandsItToTheSystem(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dashboard").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        Path target = dir.resolve("alice.md");
        ChoiceBox<ReportFormats> format = robot.lookup("#report-format").query();
        TextField file = robot.lookup("#report-target").query();
        robot.interact(() -> {
            format.setValue(ReportFormats.MD);
            file.setText(target.toString());
        });

        robot.clickOn("#report-export");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(target)
                && robot.lookup("#report-result").queryAs(Labeled.class).getText().startsWith("Report written"));

        assertThat(Files.readString(target)).contains("alice@work.example", "@bob \\<b\\>");
        robot.clickOn("#report-open");
        assertThat(opened).containsExactly(target.toUri().toString());
    }

    @Test
    void theProposedFileFollowsTheFormatAndAFailureSaysWhatToDo(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dashboard").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        ChoiceBox<ReportFormats> format = robot.lookup("#report-format").query();
        TextField file = robot.lookup("#report-target").query();
        assertThat(file.getText()).endsWith("NoTrain-report-2025-09-01.html");
        robot.interact(() -> format.setValue(ReportFormats.CSV));
        assertThat(file.getText()).endsWith("NoTrain-report-2025-09-01.csv");

        Path impossible = dir.resolve("no-such-folder").resolve("r.csv");
        robot.interact(() -> file.setText(impossible.toString()));
        robot.clickOn("#report-export");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#report-result").queryAs(Labeled.class)
                .getText().startsWith("The report could not be written"));
        assertThat(impossible.getParent()).doesNotExist();
    }

    @Test
    void anExistingFileIsReplacedOnlyAfterTheUserSaidSo(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dashboard").tryQuery().isPresent());
        robot.clickOn("#nav-report");
        Path existing = Files.writeString(dir.resolve("report-en.html"), "<p>kept</p>");
        ChoiceBox<ReportFormats> format = robot.lookup("#report-format").query();
        TextField file = robot.lookup("#report-target").query();
        robot.interact(() -> file.setText(existing.toString()));
        robot.interact(() -> format.setValue(ReportFormats.PDF));
        assertThat(file.getText()).as("the name follows the format").isEqualTo(dir.resolve("report-en.pdf").toString());
        robot.interact(() -> format.setValue(ReportFormats.HTML));
        assertThat(file.getText()).isEqualTo(existing.toString());

        robot.clickOn("#report-export");
        assertThat(robot.lookup("#dialog-confirm").queryButton().getText()).isEqualTo("Replace");
        robot.clickOn("#dialog-keep");
        assertThat(Files.readString(existing)).isEqualTo("<p>kept</p>");
        assertThat(robot.lookup("#report-result").queryAs(Labeled.class).getText()).startsWith("Nothing written");

        robot.clickOn("#report-export");
        robot.clickOn("#dialog-confirm");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#report-result").queryAs(Labeled.class)
                .getText().startsWith("Report written"));
        assertThat(Files.readString(existing)).contains("alice@work.example");

        robot.interact(() -> format.setValue(ReportFormats.CSV));
        assertThat(robot.lookup("#report-result").queryAs(Labeled.class).getText()).isEmpty();
    }
}
