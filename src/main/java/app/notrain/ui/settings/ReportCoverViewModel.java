package app.notrain.ui.settings;

import app.notrain.i18n.Messages;
import app.notrain.progress.ProgressBook;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The report cover's names in the settings: the organisation and the report's author, edited and
 * saved into the profile (one undoable change). Nothing changes before {@link #save()}.
 */
public final class ReportCoverViewModel {
    private final ProgressBook book;
    private final Messages messages;
    private final StringProperty organisation = new SimpleStringProperty("");
    private final StringProperty author = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public ReportCoverViewModel(ProgressBook book, Messages messages) {
        this.book = book;
        this.messages = messages;
        organisation.set(orEmpty(book.profile().organisation()));
        author.set(orEmpty(book.profile().author()));
    }

    public StringProperty organisationProperty() {
        return organisation;
    }

    public StringProperty authorProperty() {
        return author;
    }

    /** What the last save did, in words; empty before. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Keeps the names (blank: none) in the profile; the next report's cover shows them. */
    public void save() {
        book.changeProfile(book.profile().withNames(organisation.get(), author.get()));
        organisation.set(orEmpty(book.profile().organisation()));
        author.set(orEmpty(book.profile().author()));
        status.set(messages.get("settings.cover.saved"));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
