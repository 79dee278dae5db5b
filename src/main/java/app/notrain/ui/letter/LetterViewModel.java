package app.notrain.ui.letter;

import app.notrain.catalog.Controller;
import app.notrain.catalog.LegalContacts;
import app.notrain.i18n.Language;
import app.notrain.i18n.Messages;
import app.notrain.progress.Account;
import app.notrain.progress.AccountOverview;
import app.notrain.progress.AccountProtection;
import app.notrain.progress.GroundKind;
import app.notrain.progress.LetterAnswer;
import app.notrain.progress.LetterException;
import app.notrain.progress.LetterKind;
import app.notrain.progress.LetterWriter;
import app.notrain.progress.Letters;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.Sender;
import app.notrain.report.LetterFiles;
import app.notrain.ui.BackgroundWork;
import app.notrain.ui.LinkOpener;
import app.notrain.ui.TextClipboard;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The letter window's state and commands: which letter, in which language, the user's grounds
 * and signature, the preview, and what to do with it (copy, save, mail, record as sent, record
 * the answer). Every edit rewrites the preview; a letter that cannot be written yet says why in
 * {@link #problemProperty()} and offers nothing to copy or send. Testable without a toolkit.
 */
public final class LetterViewModel {
    private final ProgressBook book;
    private final LegalContacts contacts;
    private final Account account;
    private final Messages messages;
    private final LinkOpener links;
    private final TextClipboard clipboard;
    private final BackgroundWork work;
    private final LocalDate today;

    private final ObjectProperty<LetterKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private final StringProperty grounds = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty country = new SimpleStringProperty("");
    private final StringProperty channel = new SimpleStringProperty("");
    private final StringProperty reference = new SimpleStringProperty("");
    private final StringProperty file = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> sentOn = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper clock = new ReadOnlyStringWrapper("");
    private final BooleanProperty ready = new SimpleBooleanProperty(false);
    private LetterWriter.Draft draft;

    public LetterViewModel(ProgressBook book, LegalContacts contacts, Account account, Messages messages,
                           LinkOpener links, TextClipboard clipboard, BackgroundWork work, LocalDate today) {
        this.book = book;
        this.contacts = contacts;
        this.account = account;
        this.messages = messages;
        this.links = links;
        this.clipboard = clipboard;
        this.work = work;
        this.today = today;
        Sender sender = book.profile().sender();
        if (sender != null) {
            name.set(sender.name());
            address.set(sender.postalAddress());
            country.set(sender.country() == null ? "" : sender.country());
        }
        kind.set(Letters.suggested(protection()));
        language.set(messages.language());
        sentOn.set(today);
        for (javafx.beans.Observable o : new javafx.beans.Observable[] {kind, language, grounds, name, address,
                country}) {
            o.addListener(x -> refresh());
        }
        refresh();
    }

    public ObjectProperty<LetterKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public StringProperty groundsProperty() {
        return grounds;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty countryProperty() {
        return country;
    }

    public StringProperty channelProperty() {
        return channel;
    }

    public StringProperty referenceProperty() {
        return reference;
    }

    public StringProperty fileProperty() {
        return file;
    }

    public ObjectProperty<LocalDate> sentOnProperty() {
        return sentOn;
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Why the letter cannot be written yet, and how to fix it; empty when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What the last command did ("Copied", "Saved to …") or why it failed. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Where the account's letters stand: "Objection sent: answer due on 2 March 2026". */
    public ReadOnlyStringProperty clockProperty() {
        return clock.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready;
    }

    public Account account() {
        return account;
    }

    /** The controller the letter goes to (the window's header names it). */
    public Controller controller() {
        return contacts.controller(account.platformId()).orElse(null);
    }

    /** True when the privacy contact is an e-mail address (else the button opens the web form). */
    public boolean mailable() {
        Controller c = controller();
        return c != null && c.email() != null;
    }

    /** Adds the heading of a kind of grounds on a new line, for the user to complete in their own words. */
    public void insertGround(GroundKind groundKind) {
        String heading = LetterWriter.heading(messages(), groundKind);
        String current = grounds.get() == null ? "" : grounds.get();
        grounds.set(current.isBlank() ? heading : current.stripTrailing() + "\n" + heading);
    }

    public void copy() {
        if (keepSender()) {
            clipboard.put(draft.text());
            result.set(messages.get("letter.ui.copied"));
        }
    }

    public void saveText() {
        save(false);
    }

    public void savePdf() {
        save(true);
    }

    /**
     * Hands a pre-filled message to the user's mail program (a {@code mailto:} link, like the
     * browser links: NoTrain sends nothing), or, when the contact is a web form, copies the letter
     * and opens the form to paste it into.
     */
    public void openMailOrForm() {
        if (!keepSender()) {
            return;
        }
        Controller c = controller();
        if (c.email() != null) {
            links.open("mailto:" + c.email() + "?subject=" + encode(draft.subject()) + "&body=" + encode(draft.body()));
            result.set(messages.get("letter.ui.mailOpened"));
        } else {
            clipboard.put(draft.text());
            links.open(c.contact().value());
            result.set(messages.get("letter.ui.formOpened"));
        }
    }

    /** Records the letter as sent on the chosen day: kept as evidence, and the clock starts. */
    public void recordSent() {
        LocalDate day = sentOn.get();
        if (day == null || day.isAfter(today)) {
            result.set(messages.get("letter.ui.sentDateInvalid"));
            return;
        }
        if (!keepSender()) {
            return;
        }
        Letters.recordSent(book, account, draft, day, channel.get(), reference.get());
        result.set(messages.get("letter.ui.recorded", messages.label(draft.kind()), day.toString()));
        kind.set(Letters.suggested(protection()));
        refresh();
    }

    /** The controller answered the objection (today, or the day chosen as "sent on" field's day). */
    public void recordAnswer(LetterAnswer answer, LocalDate answeredOn) {
        try {
            book.recordAnswer(account.id(), answeredOn, answer, null);
            result.set(messages.get("letter.ui.answerRecorded", messages.label(answer)));
        } catch (IllegalArgumentException e) {
            result.set(messages.get("letter.problem.NO_OBJECTION_SENT"));
        }
        kind.set(Letters.suggested(protection()));
        refresh();
    }

    /** The controller extended its time limit by two months: the due date moves. */
    public void recordExtension(LocalDate extendedOn) {
        try {
            book.recordExtension(account.id(), extendedOn);
            result.set(messages.get("letter.ui.extended"));
        } catch (IllegalArgumentException e) {
            result.set(messages.get("letter.problem.NO_OBJECTION_SENT"));
        }
        refresh();
    }

    private void save(boolean pdf) {
        String target = file.get() == null ? "" : file.get().strip();
        if (target.isEmpty()) {
            result.set(messages.get("letter.ui.noFile"));
            return;
        }
        if (!keepSender()) {
            return;
        }
        LetterWriter.Draft saved = draft;
        Path path = Path.of(target);
        work.run(() -> {
            try {
                if (pdf) {
                    LetterFiles.savePdf(saved.subject(), saved.body(), saved.language().code(), path);
                } else {
                    LetterFiles.saveText(saved.text(), path);
                }
                return null;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, done -> result.set(messages.get("letter.ui.saved", path.toString())),
                failure -> result.set(messages.get("letter.ui.saveFailed", path.toString(),
                        String.valueOf(rootMessage(failure)))));
    }

    /** Keeps the signature in the profile the first time (or when it changed); false when the letter is not ready. */
    private boolean keepSender() {
        if (draft == null) {
            result.set(problem.get());
            return false;
        }
        Sender typed = typedSender();
        Sender kept = book.profile().sender();
        if (!Objects.equals(kept, normalised(typed))) {
            book.setSender(typed);
        }
        return true;
    }

    private void refresh() {
        AccountProtection p = protection();
        clock.set(p.letters() == null ? "" : new app.notrain.progress.ProtectionTexts(messages).standing(p, today,
                zone()));
        try {
            // Written with the signature as typed; it is kept in the profile on the first use.
            draft = Letters.write(book, contacts, account, kind.get(), grounds.get(), language.get(), today,
                    normalised(typedSender()));
            preview.set(draft.text());
            problem.set("");
            ready.set(true);
        } catch (LetterException e) {
            draft = null;
            problem.set(e.describe(messages));
            preview.set("");
            ready.set(false);
        }
    }

    private Sender typedSender() {
        return new Sender(name.get(), address.get(), country.get() == null || country.get().isBlank() ? null
                : country.get());
    }

    private static Sender normalised(Sender s) {
        if (s == null || !s.complete()) {
            return s;
        }
        String c = s.country() == null || s.country().isBlank() ? null
                : s.country().strip().toUpperCase(java.util.Locale.ROOT);
        return new Sender(s.name().strip(), s.postalAddress().strip(), c);
    }

    private AccountProtection protection() {
        return AccountProtection.of(AccountOverview.of(book, account, today), book.profile(), today, zone());
    }

    private ZoneId zone() {
        return book.zone();
    }

    private Messages messages() {
        return Messages.of(language.get() == null ? messages.language() : language.get());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String rootMessage(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
