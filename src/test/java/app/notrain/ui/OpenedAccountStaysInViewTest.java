package app.notrain.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.CatalogReader;
import app.notrain.catalog.Region;
import app.notrain.i18n.Language;
import app.notrain.progress.Profile;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.ProgressData;
import app.notrain.progress.UseKind;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dashboard's "Open" on an account of a business's platform page: the card is at the top of the
 * page, and stays there while the cards above and below it are built, one per frame.
 */
@ExtendWith(ApplicationExtension.class)
class OpenedAccountStaysInViewTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);
    private static final int ACCOUNTS = 25;

    @TempDir
    Path dir;
    private AppState state;

    @Start
    void start(Stage stage) throws Exception {
        Path store = dir.resolve("progress.json");
        ProgressBook book = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY, CLOCK);
        book.completeSetup(new Profile(Region.EU_EEA, true, UseKind.BUSINESS), List.of());
        for (int i = 1; i <= ACCOUNTS; i++) {
            book.addAccount("linkedin", "account " + i, "Owner " + i % 4, null);
        }
        TestStores.saved(store, book, CLOCK);
        state = TestStores.window(stage, store, CLOCK, Language.EN).state();
        stage.setWidth(1000);
        stage.setHeight(700);
        state.sectionProperty().set(Section.DASHBOARD);
    }

    @Test
    void theOpenedAccountStaysAtTheTopWhileTheCardsAroundItAreBuilt(FxRobot robot) {
        onFx(() -> {
            state.selectedPlatformIdProperty().set("linkedin");
            state.focusedAccountProperty().set("linkedin-12");
            state.sectionProperty().set(Section.PLATFORMS);
            return null;
        });

        waitForCards(robot, 20);
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane page = robot.lookup("#platform-view").queryAs(ScrollPane.class);
        Node card = robot.lookup("#account-linkedin-12").query();
        Bounds inPage = onFx(() -> page.localToScene(page.getLayoutBounds()));
        Bounds ofCard = onFx(() -> card.localToScene(card.getLayoutBounds()));
        assertThat(ofCard.getMinY()).as("the card's top is at the top of the page's view")
                .isBetween(inPage.getMinY() - 1, inPage.getMinY() + 40);
    }

    @Test
    void whereTheUserScrollsItTheOpenedAccountStaysWhileTheCardsAboveItAreBuilt(FxRobot robot) {
        onFx(() -> {
            state.selectedPlatformIdProperty().set("linkedin");
            state.focusedAccountProperty().set("linkedin-20");
            state.sectionProperty().set(Section.PLATFORMS);
            // Right after the page scrolled to the account: the user scrolls up a little.
            javafx.application.Platform.runLater(() -> {
                ScrollPane page = robot.lookup("#platform-view").queryAs(ScrollPane.class);
                page.setVvalue(page.getVvalue() * 0.98);
            });
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        int builtThen = cardIds(robot).size();
        double early = yInView(robot);

        waitForCards(robot, 20);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(builtThen).as("cards were still to come above it").isLessThan(20);
        assertThat(early).as("scrolled away from the top").isGreaterThan(5);
        assertThat(yInView(robot)).as("what the user looked at did not move").isCloseTo(early,
                org.assertj.core.data.Offset.offset(2.0));
    }

    /** How far below the top of the page's view the opened card is. */
    private static double yInView(FxRobot robot) {
        ScrollPane page = robot.lookup("#platform-view").queryAs(ScrollPane.class);
        Node card = robot.lookup("#account-linkedin-20").query();
        return onFx(() -> card.localToScene(card.getLayoutBounds()).getMinY()
                - page.localToScene(page.getLayoutBounds()).getMinY());
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> cardIds(FxRobot robot) {
        return robot.lookup(".account-card").queryAll().stream().map(Node::getId).toList();
    }

    private static void waitForCards(FxRobot robot, int count) {
        try {
            // A guard against a hang, not a measure: cards come one per frame.
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".account-card").queryAll().size() == count);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the page never showed " + count + " cards: " + cardIds(robot), e);
        }
    }
}
