package app.notrain.adversarial;

import app.notrain.catalog.CatalogReader;
import app.notrain.catalog.Platform;
import app.notrain.catalog.Region;
import app.notrain.catalog.Step;
import app.notrain.i18n.Language;
import app.notrain.progress.Account;
import app.notrain.progress.CustomPlatform;
import app.notrain.progress.Letter;
import app.notrain.progress.LetterAnswer;
import app.notrain.progress.LetterKind;
import app.notrain.progress.MovingClock;
import app.notrain.progress.Preferences;
import app.notrain.progress.Profile;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.ProgressData;
import app.notrain.progress.Sender;
import app.notrain.progress.StepStatus;
import app.notrain.progress.UseKind;
import app.notrain.store.ProgressStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A progress book with one of every part the store keeps (profile and sender, accounts with owners
 * and groups, an Accounts Centre group, step records in every status, renames, a removal, an undo,
 * a platform of the user's own, preferences, the last opening day, an answered objection letter),
 * every text taken in turn from the caller's list: ordinary texts for the damaged-file corpus,
 * hostile ones for the views and exports.
 */
public final class EveryPartBook {
    /** The day the book's last change was made; views and reports are looked at as of it. */
    public static final Instant END = Instant.parse("2025-09-01T09:00:00Z");
    public static final Clock CLOCK = Clock.fixed(END, ZoneOffset.UTC);

    private final List<String> texts;
    private int next;

    private EveryPartBook(List<String> texts) {
        this.texts = texts;
    }

    /** The book; each text of {@code texts} appears at least once as a label, owner, group, note and evidence. */
    public static ProgressBook build(List<String> texts) {
        return new EveryPartBook(texts).book();
    }

    /** {@link #build}, saved by the real store to {@code file}. */
    public static ProgressData save(List<String> texts, Path file) throws Exception {
        ProgressData data = build(texts).snapshot();
        try (ProgressStore store = ProgressStore.open(file, CLOCK)) {
            store.save(data);
        }
        return data;
    }

    private String text() {
        String text = texts.get(next % texts.size());
        next++;
        return text;
    }

    private ProgressBook book() {
        MovingClock clock = new MovingClock(END.minus(Duration.ofDays(120)), ZoneOffset.UTC);
        ProgressBook book = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY, clock);
        book.completeSetup(new Profile(Region.EU_EEA, true, UseKind.BUSINESS));
        Platform own = CustomPlatform.create(nonBlank(text()), "https://forum.example.org/settings",
                List.of(new CustomPlatform.StepInput(nonBlank(text()), "Settings > " + text() + " > AI", text()),
                        new CustomPlatform.StepInput(nonBlank(text()), "Privacy", null)),
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        book.putCustomPlatform(own);

        String group = nonBlank(text());
        Account instagram = book.addAccount("instagram", nonBlank(text()), text(), group);
        Account facebook = book.addAccount("facebook", nonBlank(text()), text(), group);
        List<Account> others = List.of(book.addAccount("linkedin", nonBlank(text()), text(), text()),
                book.addAccount("x", nonBlank(text()), null, text()),
                book.addAccount(own.id(), nonBlank(text()), text(), null));
        Account removed = book.addAccount("tiktok", nonBlank(text()), text(), null);

        StepStatus[] statuses = StepStatus.values();
        int turn = 0;
        for (Account account : List.of(instagram, facebook, others.get(0), others.get(1), others.get(2))) {
            for (Step step : book.platform(account.platformId()).orElseThrow().steps()) {
                clock.advance(Duration.ofHours(7));
                StepStatus status = statuses[turn++ % statuses.length];
                book.setStep(account.id(), step.id(), status, text(), text(),
                        status == StepStatus.WAITING ? LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(9)
                                : null);
            }
        }
        clock.advance(Duration.ofDays(2));
        book.renameAccount(others.get(0).id(), nonBlank(text()));
        book.removeAccount(removed.id());
        book.setStep(others.get(1).id(), book.platform("x").orElseThrow().steps().get(0).id(), StepStatus.DONE,
                text(), text(), null);
        book.undo();

        clock.advance(Duration.ofDays(3));
        book.setSender(new Sender(nonBlank(text()), nonBlank(text()) + "\n75011 Paris", "fr"));
        LocalDate sent = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        book.recordLetter(new Letter(instagram.id(), LetterKind.OBJECTION, sent, text(), text(), "en",
                nonBlank(text()) + "\nObjection under Article 21(1) GDPR", null, null, null), text());
        clock.advance(Duration.ofDays(20));
        book.recordAnswer(instagram.id(), sent.plusDays(20), LetterAnswer.REFUSED, text());

        book.setPreferences(new Preferences(Language.FR, true, "/home/me/" + text(), "CSV"));
        clock.set(END);
        book.markOpened(LocalDate.ofInstant(END, ZoneOffset.UTC));
        return book;
    }

    /** Labels, names and titles must not be blank: a blank text is given a visible word. */
    private static String nonBlank(String text) {
        return text == null || text.isBlank() ? "blank" + text : text;
    }
}
