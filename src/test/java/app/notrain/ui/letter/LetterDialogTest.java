package app.notrain.ui.letter;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.CatalogReader;
import app.notrain.catalog.CatalogSource;
import app.notrain.catalog.LegalContacts;
import app.notrain.catalog.Region;
import app.notrain.i18n.Language;
import app.notrain.i18n.Messages;
import app.notrain.progress.Account;
import app.notrain.progress.Profile;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.ProgressData;
import app.notrain.progress.UseKind;
import app.notrain.ui.AppContext;
import app.notrain.ui.AppState;
import app.notrain.ui.BackgroundWork;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
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

/** The letter window for a Meta account: write, copy, save, open the form, record as sent. */
@ExtendWith(ApplicationExtension.class)
class LetterDialogTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-31T09:00:00Z"), ZoneOffset.UTC);
    private static final String GROUNDS = "I sell my photographs; the AI copies my style.";

    @TempDir
    Path dir;
    private final List<String> opened = new CopyOnWriteArrayList<>();
    private final List<String> copied = new CopyOnWriteArrayList<>();
    private ProgressBook book;
    private Account instagram;
    private AppState state;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        book = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY, CLOCK);
        book.completeSetup(new Profile(Region.EU_EEA, true, UseKind.PERSONAL));
        instagram = book.addAccount("instagram", "@alice", null, null);
        state = new AppState(Language.EN, CLOCK);
        state.bookProperty().set(book);
        LetterViewModel model = new LetterViewModel(book, LegalContacts.builtIn(), instagram, Messages.of(Language.EN),
                opened::add, copied::add, BackgroundWork.onCallingThread(), LocalDate.of(2026, 1, 31));
        stage.setScene(new Scene(new StackPane(LetterDialog.view(model, Messages.of(Language.EN), stage)), 900, 780));
        stage.show();
    }

    private void type(FxRobot robot, String id, String text) {
        robot.interact(() -> {
            if (robot.lookup(id).query() instanceof TextArea area) {
                area.setText(text);
            } else {
                robot.lookup(id).queryAs(TextField.class).setText(text);
            }
        });
    }

    /** The headless screen is 1280x800: the lower buttons are pressed as a keyboard user would. */
    private void press(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).queryAs(Button.class).fire());
    }

    private String preview(FxRobot robot) {
        return robot.lookup("#letter-preview").queryAs(TextArea.class).getText();
    }

    private void signAndGround(FxRobot robot) {
        type(robot, "#letter-name", "Alice Martin");
        type(robot, "#letter-address", "12 rue des Lilas\n75011 Paris");
        type(robot, "#letter-country", "FR");
        robot.clickOn("#letter-ground-PROFESSIONAL_CONTENT");
        robot.interact(() -> {
            TextArea grounds = robot.lookup("#letter-grounds").queryAs(TextArea.class);
            grounds.setText(grounds.getText() + GROUNDS);
        });
    }

    @Test
    void withoutGroundsNothingCanBeCopiedAndTheWindowSaysWhy(FxRobot robot) {
        type(robot, "#letter-name", "Alice Martin");
        type(robot, "#letter-address", "12 rue des Lilas");
        robot.clickOn("#letter-ground-CHILDREN_PHOTOS");

        assertThat(robot.lookup("#letter-problem").queryAs(Labeled.class).getText())
                .contains("grounds relating to your particular situation");
        assertThat(robot.lookup("#letter-copy").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(preview(robot)).isEmpty();
    }

    @Test
    void writesCopiesSavesAndOpensTheFormForAnEnglishThenFrenchObjection(FxRobot robot) throws Exception {
        signAndGround(robot);

        assertThat(preview(robot)).contains("Meta Platforms Ireland Limited", "Merrion Road", GROUNDS,
                "Professional or creative content: " + GROUNDS, "Instagram account: @alice");
        robot.clickOn("#letter-copy");
        assertThat(copied).singleElement().asString().startsWith("Objection under Article 21(1) GDPR");
        assertThat(book.profile().sender().name()).as("kept once used").isEqualTo("Alice Martin");

        Path text = dir.resolve("objection.txt");
        type(robot, "#letter-file", text.toString());
        press(robot, "#letter-save-text");
        assertThat(Files.readString(text)).contains("Meta Platforms Ireland Limited", GROUNDS);

        robot.interact(() -> robot.lookup("#letter-language").queryAs(ChoiceBox.class).setValue(Language.FR));
        assertThat(preview(robot)).contains("Compte Instagram : @alice", "article 21, paragraphe 1", GROUNDS);
        Path pdf = dir.resolve("opposition.pdf");
        type(robot, "#letter-file", pdf.toString());
        press(robot, "#letter-save-pdf");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());

        press(robot, "#letter-mail");
        assertThat(opened).containsExactly("https://www.facebook.com/help/contact/540977946302970");
        assertThat(copied).hasSize(2);
    }

    @Test
    void recordingTheLetterAsSentStartsTheClock(FxRobot robot) {
        signAndGround(robot);
        type(robot, "#letter-channel", "web form");
        type(robot, "#letter-reference", "C-42");

        press(robot, "#letter-record");

        assertThat(book.letters(instagram.id())).singleElement().satisfies(l -> {
            assertThat(l.sentOn()).isEqualTo(LocalDate.of(2026, 1, 31));
            assertThat(l.text()).contains(GROUNDS);
            assertThat(l.reference()).isEqualTo("C-42");
        });
        assertThat(robot.lookup("#letter-clock").queryAs(Labeled.class).getText())
                .isEqualTo("Objection sent: answer due on 2 March 2026");
    }

    @Test
    void theEntryPointOpensTheWindowForTheAccount(FxRobot robot) throws Exception {
        AppContext context = new AppContext(CLOCK, Language.EN, dir.resolve("p.json"), () -> CatalogSource.load(null),
                opened::add, copied::add, BackgroundWork.onCallingThread());

        robot.interact(() -> LetterDialog.show(stage, context, state, instagram));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#letter-dialog").tryQuery().isPresent());

        assertThat(robot.lookup("#letter-dialog .header-panel .label").queryAs(Labeled.class).getText())
                .isEqualTo("@alice: a letter to Meta Platforms Ireland Limited");
    }
}
