package app.notrain.ui;

import app.notrain.catalog.CatalogReader;
import app.notrain.catalog.CatalogSource;
import app.notrain.i18n.Language;
import app.notrain.progress.Account;
import app.notrain.progress.DemoProgress;
import app.notrain.progress.EvidenceFile;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.ProgressData;
import app.notrain.progress.StepStatus;
import app.notrain.store.EvidenceFolder;
import app.notrain.store.ProgressStore;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Takes the pictures of the README and the user guide: the real window on demo stores, in each
 * language, at a given size (the wizard, the dashboards of a person and of a business, a platform
 * page, the export page, the dashboard in high contrast with the largest text, evidence files on a card). Needs a display (under Linux without one: {@code xvfb-run}).
 */
public final class ScreenshotTour {
    /** How long a page gets to settle (figures computed in the background, layout, fonts). */
    private static final long SETTLE_MILLIS = 2500;
    private static final String OBJECTION = "submit-objection";

    private final Path outDir;
    private final int width;
    private final int height;

    public ScreenshotTour(Path outDir, int width, int height) {
        this.outDir = outDir;
        this.width = width;
        this.height = height;
    }

    /** Writes the pictures and returns their files; the demo stores live in a temporary folder. */
    public List<Path> run(List<Language> languages) throws Exception {
        Files.createDirectories(outDir);
        Path work = Files.createTempDirectory("notrain-screenshots");
        Clock clock = Clock.systemDefaultZone();
        Path person = demo(work.resolve("person.json"), 8, 1, clock);
        Path business = demo(work.resolve("business.json"), 300, 40, clock);
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);
        List<Path> written = new java.util.ArrayList<>();
        try {
            for (Language language : languages) {
                String lang = language.name().toLowerCase(Locale.ROOT);
                written.add(shoot(work.resolve("empty-" + lang + ".json"), language, clock, state -> { },
                        "notrain-wizard-" + lang));
                written.add(shoot(person, language, clock, state -> { }, "notrain-dashboard-" + lang));
                written.add(shoot(person, language, clock, state -> {
                    String account = state.book().accounts().stream().filter(a -> a.platformId().equals("facebook"))
                            .map(Account::id).findFirst().orElse(null);
                    // As the dashboard's "Open" does.
                    state.selectedPlatformIdProperty().set("facebook");
                    state.focusedAccountProperty().set(account);
                    state.sectionProperty().set(Section.PLATFORMS);
                }, "notrain-platform-" + lang));
                written.add(shoot(person, language, clock, state -> state.sectionProperty().set(Section.REPORT),
                        "notrain-report-" + lang));
                written.add(shoot(business, language, clock, state -> { }, "notrain-dashboard-business-" + lang));
                written.add(shoot(business, language, clock, ScreenshotTour::organisation,
                        "notrain-organisation-" + lang));
                written.add(shoot(person, language, clock, state -> {
                    state.themeProperty().set(Theme.HIGH_CONTRAST);
                    state.textSizeProperty().set(TextSize.LARGEST);
                }, "notrain-dashboard-high-contrast-" + lang));
                Path withEvidence = demo(work.resolve("evidence-" + lang + ".json"), 8, 1, clock);
                written.add(shoot(withEvidence, language, clock, state -> showEvidence(state, withEvidence, work, clock),
                        "notrain-evidence-" + lang));
            }
        } finally {
            Platform.exit();
        }
        return written;
    }

    /**
     * A Facebook account's objection with two files attached, as "Attach…" does: the confirmation
     * e-mail, and a screenshot whose copy was edited since (so the card says so); opened on that step.
     */
    private static void showEvidence(AppState state, Path store, Path work, Clock clock) {
        String account = state.book().accounts().stream().filter(a -> a.platformId().equals("facebook"))
                .map(Account::id).findFirst().orElseThrow();
        EvidenceFolder folder = EvidenceFolder.beside(store);
        try {
            EvidenceFile mail = folder.copyIn(Files.writeString(work.resolve("Objection received.eml"),
                    "Subject: We received your objection\n"), clock.instant());
            EvidenceFile shot = folder.copyIn(Files.writeString(work.resolve("Objection form sent.png"),
                    "a screenshot"), clock.instant());
            state.book().attachEvidence(account, OBJECTION, mail);
            state.book().attachEvidence(account, OBJECTION, shot);
            Files.writeString(folder.locate(shot), "edited since");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        state.selectedPlatformIdProperty().set("facebook");
        state.focusedAccountProperty().set(account);
        state.focusedStepProperty().set(OBJECTION);
        state.sectionProperty().set(Section.PLATFORMS);
    }

    /** The organisation checklist of the business, a few measures under way (recorded once, kept for the next language). */
    private static void organisation(AppState state) {
        ProgressBook book = state.book();
        if (book.measure("train-team").isEmpty()) {
            book.setMeasure("train-team", StepStatus.DONE, null, null, "Alice", null);
            book.setMeasure("social-media-charter", StepStatus.STARTED, null, null, "Bob", null);
            book.setMeasure("systematic-opt-outs", StepStatus.DONE, null, null, "DPO", null);
        }
        state.sectionProperty().set(Section.ORGANISATION);
    }

    private static Path demo(Path file, int accounts, int owners, Clock clock) throws Exception {
        ProgressData data = DemoProgress.generate(CatalogReader.builtIn(), accounts, owners, 7, clock.instant());
        try (ProgressStore store = ProgressStore.open(file, clock)) {
            store.save(data);
        }
        return file;
    }

    private Path shoot(Path store, Language language, Clock clock, Consumer<AppState> navigate, String name)
            throws Exception {
        AppContext context = new AppContext(clock, language, store, () -> CatalogSource.load(null), url -> { },
                text -> { }, new FxBackgroundWork());
        Stage[] stage = new Stage[1];
        AppState state = onFx(() -> {
            stage[0] = new Stage();
            MainView view = MainWindow.show(stage[0], context);
            stage[0].setWidth(width);
            stage[0].setHeight(height);
            return view.state();
        });
        Thread.sleep(SETTLE_MILLIS);
        onFx(() -> {
            navigate.accept(state);
            return null;
        });
        Thread.sleep(SETTLE_MILLIS);
        Path file = outDir.resolve(name + ".png");
        WritableImage image = onFx(() -> stage[0].getScene().snapshot(null));
        write(image, file);
        onFx(() -> {
            stage[0].close();
            return null;
        });
        return file;
    }

    private static void write(WritableImage image, Path file) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(out, "png", file.toFile());
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }
}
