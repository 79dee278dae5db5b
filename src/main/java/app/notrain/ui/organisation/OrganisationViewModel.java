package app.notrain.ui.organisation;

import app.notrain.catalog.CatalogTexts;
import app.notrain.i18n.Messages;
import app.notrain.progress.MeasureProgress;
import app.notrain.progress.MeasureRecord;
import app.notrain.progress.OrganisationProgress;
import app.notrain.progress.OrganisationTexts;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.StepStatus;
import app.notrain.ui.LinkOpener;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A business's organisation checklist: each measure with its explanation, sources, status, owner,
 * note, evidence and next re-check, as of today. Commands record through the {@link ProgressBook},
 * so every change is in the history and Ctrl+Z undoes it.
 */
public final class OrganisationViewModel {
    /** The statuses offered for a measure, in menu order. */
    public static final List<StepStatus> STATUSES = List.of(StepStatus.TODO, StepStatus.STARTED, StepStatus.DONE,
            StepStatus.NOT_APPLICABLE);

    /** One measure as the page shows it. {@code sources}: "CNIL, Le droit d'opposition (2015-12-18)" and the link. */
    public record MeasureRow(String id, String title, String detail, List<SourceLine> sources, StepStatus status,
                             String standing, String situationStyle, boolean open, String owner, String note,
                             String evidence, int recheckDays) {
    }

    public record SourceLine(String text, String url) {
    }

    private final ProgressBook book;
    private final Messages m;
    private final LocalDate today;
    private final ZoneId zone;
    private final LinkOpener links;
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper("");

    public OrganisationViewModel(ProgressBook book, Messages messages, LocalDate today, ZoneId zone, LinkOpener links) {
        this.book = book;
        this.m = messages;
        this.today = today;
        this.zone = zone;
        this.links = links;
    }

    /** "5 of 9 measures in place · 1 due for a re-check". */
    public String summary() {
        return new OrganisationTexts(m).summary(book.organisation(today));
    }

    public List<MeasureRow> measures() {
        OrganisationProgress organisation = book.organisation(today);
        OrganisationTexts words = new OrganisationTexts(m);
        CatalogTexts texts = new CatalogTexts(m);
        return organisation.measures().stream().map(p -> new MeasureRow(p.measure().id(), words.title(p),
                texts.text(p.measure().detail()),
                book.catalog().organisation().sourcesOf(p.measure()).stream()
                        .map(s -> new SourceLine(texts.source(s), s.url())).toList(),
                p.status(), words.standing(p, zone), situationStyle(p), p.open(), p.owner(), p.note(), p.evidence(),
                p.recheckDays())).toList();
    }

    /** One click: the measure is done today, keeping its owner, note and evidence. */
    public void markDone(String measureId) {
        record(measureId, StepStatus.DONE, current(measureId, MeasureRecord::note),
                current(measureId, MeasureRecord::evidence), current(measureId, MeasureRecord::owner),
                book.measure(measureId).map(MeasureRecord::recheckDays).orElse(null));
    }

    /**
     * Records what the user set; nothing when it is what is already recorded (leaving a field
     * unchanged is not a change). {@code recheckDays} equal to the catalog's is kept as "the catalog's".
     */
    public void record(String measureId, StepStatus status, String note, String evidence, String owner,
                       Integer recheckDays) {
        MeasureRow row = measures().stream().filter(r -> r.id().equals(measureId)).findFirst().orElseThrow();
        Integer catalogDays = book.catalog().organisation().measure(measureId).orElseThrow().recheckDays();
        Integer interval = recheckDays == null || recheckDays.equals(catalogDays) ? null : recheckDays;
        boolean same = status == row.status() && Objects.equals(blank(note), row.note())
                && Objects.equals(blank(evidence), row.evidence()) && Objects.equals(blank(owner), row.owner())
                && Objects.equals(interval, book.measure(measureId).map(MeasureRecord::recheckDays).orElse(null));
        if (same && book.measure(measureId).isPresent()) {
            return;
        }
        if (recheckDays != null && recheckDays <= 0) {
            feedback.set(m.get("measures.badInterval"));
            return;
        }
        book.setMeasure(measureId, status, note, evidence, owner, interval);
        feedback.set(m.get("measures.recorded", row.title(), m.label(status)));
    }

    public void open(String url) {
        links.open(url);
    }

    /** What the last command did, for the line under the title (read by screen readers too). */
    public ReadOnlyStringProperty feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    public String statusLabel(StepStatus status) {
        return m.label(status);
    }

    private String current(String measureId, java.util.function.Function<MeasureRecord, String> field) {
        return book.measure(measureId).map(field).orElse(null);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String situationStyle(MeasureProgress p) {
        return "situation-" + p.situation().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
