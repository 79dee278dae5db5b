package app.notrain.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.CatalogSource;
import app.notrain.i18n.Language;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The wizard with the keyboard: Tab leaves the owners box, problems clear, the end lands on the dashboard. */
@ExtendWith(ApplicationExtension.class)
class WizardComfortTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);
    private MainView view;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        view = MainWindow.show(stage, new AppContext(CLOCK, Language.EN, dir.resolve("progress.json"),
                () -> CatalogSource.load(null), url -> { }, text -> { }, BackgroundWork.onCallingThread()));
    }

    private void toTheUsePage(FxRobot robot) {
        robot.clickOn("#wizard-title").type(KeyCode.ENTER);
        robot.clickOn("#wizard-region-eu_eea").type(KeyCode.ENTER).type(KeyCode.ENTER);
        assertThat(robot.lookup("#wizard-title").queryLabeled().getText()).isEqualTo("Who is this for?");
    }

    @Test
    void tabLeavesTheOwnersBoxWhoseExampleKeepsItsLinesAndTheProblemClearsOnceFixed(FxRobot robot) {
        toTheUsePage(robot);
        robot.clickOn("#wizard-use-business").type(KeyCode.ENTER);
        assertThat(robot.lookup("#wizard-problem").queryLabeled().getText()).startsWith("List at least one");
        assertThat(robot.lookup("#wizard-owners-example").queryLabeled().getText())
                .isEqualTo("For example:\nCompany page\nAlice Martin\nBob Durand");

        TextArea owners = robot.lookup("#wizard-owners").query();
        robot.clickOn(owners).write("Alice");
        assertThat(robot.lookup("#wizard-problem").queryLabeled().getText()).as("fixed: the message goes").isEmpty();
        robot.type(KeyCode.TAB);

        assertThat(owners.getText()).isEqualTo("Alice");
        assertThat(owners.isFocused()).isFalse();
        Node focused = owners.getScene().getFocusOwner();
        assertThat(focused.getId()).isEqualTo("wizard-organisation");  // the next stop after the box: the cover's names
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(owners.isFocused()).isTrue();
    }

    @Test
    void afterTheLastPageTheKeyboardIsOnTheDashboard(FxRobot robot) {
        toTheUsePage(robot);
        robot.type(KeyCode.ENTER);
        robot.clickOn("#wizard-platform-x").type(KeyCode.ENTER);
        robot.clickOn("#wizard-account-x-0-label").write("@me").type(KeyCode.ENTER);
        robot.type(KeyCode.ENTER);                                      // finish
        WaitForAsyncUtils.waitForFxEvents();

        Node dashboard = robot.lookup("#dashboard").query();
        Node focused = dashboard.getScene().getFocusOwner();
        assertThat(focused).isNotNull();
        assertThat(isInside(focused, dashboard)).as("focus on %s", focused).isTrue();
    }

    @Test
    void aRebuiltWizardViewIsLetGoByTheViewModel(FxRobot robot) {
        WeakReference<Node> old = new WeakReference<>(robot.lookup("#wizard").query());
        robot.interact(() -> view.state().languageProperty().set(Language.FR));     // the window rebuilds its pages
        robot.interact(() -> view.state().languageProperty().set(Language.EN));
        Node rebuilt = robot.lookup("#wizard").query();
        assertThat(rebuilt).isNotSameAs(old.get());

        for (int i = 0; i < 20 && old.get() != null; i++) {
            System.gc();
            WaitForAsyncUtils.sleep(50, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        assertThat((Object) old.get()).as("the first wizard view, still held by the view model’s page property")
                .isNull();
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
