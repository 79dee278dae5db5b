package app.notrain.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.CatalogSource;
import app.notrain.i18n.Language;
import app.notrain.progress.Account;
import app.notrain.progress.ProgressData;
import app.notrain.store.ProgressStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A sync tool replaces the progress file under the open window: the window stops saving, says so,
 * and the user compares, keeps their version (the other kept aside) or reloads the other.
 */
@ExtendWith(ApplicationExtension.class)
class StoreChangedOutsideWindowTest {
    private static final Clock NOV_22_2026 = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Path store;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        store = dir.resolve("progress.json");
        MainWindow.show(stage, new AppContext(NOV_22_2026, Language.EN, store, () -> CatalogSource.load(null),
                url -> { }, text -> { }, BackgroundWork.onCallingThread()));
    }

    @BeforeEach
    void oneAccountSaved(FxRobot robot) throws Exception {
        robot.clickOn("#wizard-cancel");
        robot.clickOn("LinkedIn");
        addAccount(robot, "me@work.example");
        waitForSaved(data -> data.accounts().size() == 1);
    }

    @Test
    void aReplacedFileStopsSavingAndKeepingMineKeepsTheirsAside(FxRobot robot) throws Exception {
        byte[] theirs = replaceWithTheirs();

        addAccount(robot, "second@work.example");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#store-problem").tryQuery().isPresent());
        assertThat(text(robot, "#store-problem .section-title")).isEqualTo("Another program changed your progress file");
        assertThat(Files.readAllBytes(store)).isEqualTo(theirs);

        robot.clickOn("#compare-versions");
        assertThat(allText(robot, "#store-problem")).contains("This window: 2 accounts, 0 steps recorded.",
                "The changed file: 1 accounts", "Only in this window: me@work.example, second@work.example.",
                "Only in the changed file: Theirs on another computer.");
        assertThat(Files.readAllBytes(store)).isEqualTo(theirs);

        robot.clickOn("#keep-mine");

        assertThat(robot.lookup("#store-problem").tryQuery()).isEmpty();
        assertThat(text(robot, "#status")).startsWith("Saved your version.");
        assertThat(labels(readWithoutLock(store))).containsExactly("me@work.example", "second@work.example");
        try (var files = Files.list(dir)) {
            Path kept = files.filter(p -> p.getFileName().toString().startsWith("progress.json.theirs-"))
                    .findFirst().orElseThrow();
            assertThat(Files.readAllBytes(kept)).isEqualTo(theirs);
        }
        addAccount(robot, "third@work.example");                       // saving resumed
        waitForSaved(data -> data.accounts().size() == 3);
    }

    @Test
    void reloadingTheirsShowsTheirAccountsAndSavesOnTopOfThem(FxRobot robot) throws Exception {
        replaceWithTheirs();
        addAccount(robot, "dropped@work.example");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#store-problem").tryQuery().isPresent());

        robot.clickOn("#reload-theirs");

        assertThat(robot.lookup("#store-problem").tryQuery()).isEmpty();
        assertThat(text(robot, "#status")).startsWith("Reloaded progress.json");
        addAccount(robot, "after@work.example");
        ProgressData saved = waitForSaved(data -> data.accounts().size() == 2);
        assertThat(labels(saved)).containsExactly("Theirs on another computer", "after@work.example");
    }

    /** What a sync tool does: another valid store, made elsewhere, copied over this one. */
    private byte[] replaceWithTheirs() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("other-computer")).resolve("progress.json");
        try (ProgressStore other = ProgressStore.open(elsewhere, NOV_22_2026)) {
            ProgressData empty = other.load();
            other.save(new ProgressData(empty.profile(), empty.setupDone(),
                    List.of(new Account("linkedin-9", "linkedin", "Theirs on another computer", null, null)),
                    empty.steps(), empty.history(), empty.customPlatforms(), empty.preferences(), empty.lastOpened()));
        }
        Files.copy(elsewhere, store, StandardCopyOption.REPLACE_EXISTING);
        return Files.readAllBytes(store);
    }

    private void addAccount(FxRobot robot, String label) {
        robot.interact(() -> robot.lookup("#new-account-label").queryTextInputControl().setText(label));
        robot.interact(() -> robot.lookup("#add-account").queryButton().fire());
    }

    private ProgressData waitForSaved(java.util.function.Predicate<ProgressData> condition) throws Exception {
        ProgressData[] found = new ProgressData[1];
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            found[0] = readWithoutLock(store);
            return found[0] != null && condition.test(found[0]);
        });
        return found[0];
    }

    /** Reads the file as another program would; the window holds the lock, so read a copy. */
    private ProgressData readWithoutLock(Path file) {
        try {
            Path copy = Files.createTempDirectory(dir, "copy").resolve("progress.json");
            Files.copy(file, copy);
            try (ProgressStore other = ProgressStore.open(copy, NOV_22_2026)) {
                return other.load();
            }
        } catch (Exception e) {
            return null;
        }
    }

    private static List<String> labels(ProgressData data) {
        return data.accounts().stream().map(Account::label).toList();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static String allText(FxRobot robot, String query) {
        javafx.scene.Node root = robot.lookup(query).query();
        return robot.from(root).lookup((java.util.function.Predicate<javafx.scene.Node>) n -> n instanceof Labeled)
                .queryAll().stream().map(n -> ((Labeled) n).getText()).filter(t -> t != null)
                .collect(java.util.stream.Collectors.joining("\n"));
    }
}
