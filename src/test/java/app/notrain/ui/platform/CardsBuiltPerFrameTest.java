package app.notrain.ui.platform;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.CatalogReader;
import app.notrain.catalog.Region;
import app.notrain.i18n.Language;
import app.notrain.i18n.Messages;
import app.notrain.progress.Profile;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.ProgressData;
import app.notrain.progress.StepStatus;
import app.notrain.progress.UseKind;
import app.notrain.store.EvidenceFolder;
import app.notrain.ui.BackgroundWork;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A page of a business's accounts opens with two cards (the first, or the account the dashboard asked
 * for and the next); the others follow one per frame once the page is on screen, in their places, each
 * with its newest values. An edit of the page builds it whole at once.
 */
@ExtendWith(ApplicationExtension.class)
class CardsBuiltPerFrameTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);
    private static final String STEP = "turn-off-ai-training";

    @TempDir
    Path dir;
    private ProgressBook book;
    private final StackPane window = new StackPane();

    @Start
    void start(Stage stage) {
        book = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY, CLOCK);
        book.completeSetup(new Profile(Region.EU_EEA, true, UseKind.BUSINESS), List.of());
        for (int i = 1; i <= 25; i++) {
            book.addAccount("linkedin", "account " + i, "Owner " + i % 4, null);
        }
        stage.setScene(new Scene(window, 1000, 700));
        stage.show();
    }

    private AccountsView view(String wanted) {
        AccountsViewModel model = new AccountsViewModel(book, book.platform("linkedin").orElseThrow(),
                Messages.of(Language.EN), LocalDate.now(CLOCK), ZoneOffset.UTC, url -> { },
                new EvidenceAccess(EvidenceFolder.beside(dir.resolve("progress.json")), BackgroundWork.onCallingThread(),
                        CLOCK));
        if (wanted != null) {
            model.showAccount(wanted);
        }
        AccountsView view = new AccountsView(model, Messages.of(Language.EN), null, owner -> Optional.empty());
        book.addListener(view::render);
        return view;
    }

    @Test
    void theFirstCardsAreBuiltAtOnceAndTheOthersOncePageIsShownInOrderWithTheirNewestValues(FxRobot robot) {
        AccountsView view = onFx(() -> view(null));
        assertThat(cards(view)).containsExactly("account-linkedin-1", "account-linkedin-2");
        // A change to an account whose card is not built yet: the card shows it once built.
        onFx(() -> book.setStep("linkedin-15", STEP, StepStatus.DONE, "sent by Ana", null, null));
        WaitForAsyncUtils.waitForFxEvents(5);
        assertThat(cards(view)).as("nothing more is built while the page is not on screen").hasSize(2);

        onFx(() -> window.getChildren().setAll(new ScrollPane(view.root())));
        waitForCards(view, 20);

        assertThat(cards(view)).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 20).mapToObj(i -> "account-linkedin-" + i).toList());
        assertThat(robot.lookup("#step-linkedin-15-" + STEP + "-situation").queryAs(Labeled.class).getText())
                .isEqualTo("Done");
        assertThat(robot.lookup("#step-linkedin-15-" + STEP + "-note").queryAs(TextField.class).getText())
                .isEqualTo("sent by Ana");
    }

    @Test
    void theAccountAskedForIsBuiltAtOnceThenTheOnesAboveItThenBelowInTheirPlaces(FxRobot robot) {
        AccountsView view = onFx(() -> view("linkedin-12"));
        assertThat(cards(view)).containsExactly("account-linkedin-12", "account-linkedin-13");
        List<Integer> placedAbove = new java.util.ArrayList<>();
        onFx(() -> {
            view.setOnCardAbove(() -> placedAbove.add(cards(view).size()));
            return window.getChildren().setAll(new ScrollPane(view.root()));
        });

        waitForCards(view, 20);
        assertThat(cards(view)).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 20).mapToObj(i -> "account-linkedin-" + i).toList());
        assertThat(placedAbove).as("told once per card put above, the nearest first")
                .containsExactlyElementsOf(IntStream.rangeClosed(3, 13).boxed().toList());
    }

    @Test
    void anEditOfThePageBuildsItsCardsAtOnceSoThePlaceIsKeptAndForgetsThoseStillToCome(FxRobot robot) {
        AccountsView view = onFx(() -> view(null));
        onFx(() -> window.getChildren().setAll(new ScrollPane(view.root())));

        List<String> afterRemoval = onFx(() -> {
            book.removeAccount("linkedin-3");          // a card goes: the page is built again, whole
            return cards(view);
        });

        List<String> expected = IntStream.rangeClosed(1, 21).filter(i -> i != 3)
                .mapToObj(i -> "account-linkedin-" + i).toList();
        assertThat(afterRemoval).containsExactlyElementsOf(expected);
        WaitForAsyncUtils.waitForFxEvents(10);
        assertThat(cards(view)).as("no card of the old page comes after").containsExactlyElementsOf(expected);
    }

    @Test
    void aFilterThatKeepsTheSameCardsLeavesTheNextEditBuildingThemAtOnce(FxRobot robot) {
        AccountsView view = onFx(() -> view(null));
        onFx(() -> window.getChildren().setAll(new ScrollPane(view.root())));
        waitForCards(view, 20);
        TextField filter = (TextField) onFx(() -> view.root().lookup("#accounts-filter"));
        onFx(() -> {
            filter.setText("account ");                // every account matches: the same cards
            return null;
        });

        List<String> afterRemoval = onFx(() -> {
            book.removeAccount("linkedin-3");
            return cards(view);
        });

        assertThat(afterRemoval).hasSize(20).doesNotContain("account-linkedin-3");
    }

    private static List<String> cards(AccountsView view) {
        return onFx(() -> ((javafx.scene.Parent) view.root()).getChildrenUnmodifiable().stream()
                .filter(n -> n.getStyleClass().contains("account-card")).map(Node::getId).toList());
    }

    private static void waitForCards(AccountsView view, int count) {
        try {
            // A guard against a hang, not a measure: the cards come one per frame.
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> cards(view).size() == count);
        } catch (TimeoutException e) {
            throw new AssertionError("the page never had " + count + " cards: " + cards(view), e);
        }
    }

    private static <T> T onFx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError(e);
        }
    }
}
