package app.notrain.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.CatalogReader;
import app.notrain.catalog.CatalogSource;
import app.notrain.i18n.Language;
import app.notrain.progress.DemoProgress;
import app.notrain.store.ProgressStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A screen reader has something to say for every control of the main pages: its own words, a
 * prompt, or an accessible text. Walks the real scene graph of each page on a demo store.
 */
@ExtendWith(ApplicationExtension.class)
class AccessibleTextTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private AppState state;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path store = dir.resolve("progress.json");
        try (ProgressStore s = ProgressStore.open(store, CLOCK)) {
            s.save(DemoProgress.generate(CatalogReader.builtIn(), 12, 3, 5, CLOCK.instant()));
        }
        state = MainWindow.show(stage, new AppContext(CLOCK, Language.FR, store, () -> CatalogSource.load(null),
                url -> { }, text -> { }, BackgroundWork.onCallingThread())).state();
    }

    @Test
    void everyControlOfEveryPageHasWordsForAScreenReader(FxRobot robot) {
        for (Section section : Section.values()) {
            robot.interact(() -> {
                if (section == Section.PLATFORMS) {
                    state.selectedPlatformIdProperty().set(state.book().accounts().get(0).platformId());
                }
                state.sectionProperty().set(section);
            });
            WaitForAsyncUtils.waitForFxEvents();
            List<String> silent = new ArrayList<>();
            robot.interact(() -> {
                java.util.Set<Node> labelled = new java.util.HashSet<>();
                collectLabelled(stage.getScene().getRoot(), labelled);
                collectSilent(stage.getScene().getRoot(), labelled, silent);
            });
            assertThat(silent).as("controls without words on %s", section).isEmpty();
        }
    }

    /** Controls named by a label's {@code labelFor}, which screen readers read as their name. */
    private static void collectLabelled(Node node, java.util.Set<Node> labelled) {
        if (node instanceof javafx.scene.control.Label label && label.getLabelFor() != null) {
            labelled.add(label.getLabelFor());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectLabelled(child, labelled));
        }
    }

    private static void collectSilent(Node node, java.util.Set<Node> labelled, List<String> silent) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Control control && needsWords(control) && !labelled.contains(control)
                && !hasWords(control)) {
            silent.add(control.getClass().getSimpleName() + (control.getId() == null ? "" : "#" + control.getId()));
        }
        if (node instanceof Parent parent) {
            // A control's skin (a combo box's arrow, a date picker's editor) belongs to the control.
            if (node instanceof Control && !(node instanceof ScrollPane) && !(node instanceof SplitPane)
                    && !(node instanceof TitledPane) && !(node instanceof ListView)) {
                return;
            }
            parent.getChildrenUnmodifiable().forEach(child -> collectSilent(child, labelled, silent));
        }
    }

    private static boolean needsWords(Control control) {
        return (control instanceof Labeled || control instanceof TextInputControl || control instanceof ComboBoxBase
                || control instanceof ChoiceBox) && !(control instanceof javafx.scene.control.Label)
                && !(control instanceof ScrollBar) && !(control instanceof javafx.scene.control.ListCell);
    }

    private static boolean hasWords(Control control) {
        if (present(control.getAccessibleText())) {
            return true;
        }
        if (control instanceof Labeled labeled && present(labeled.getText())) {
            return true;
        }
        if (control instanceof TextInputControl input && present(input.getPromptText())) {
            return true;
        }
        return control instanceof ComboBoxBase<?> box && present(box.getPromptText());
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
