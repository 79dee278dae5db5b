package app.notrain.report;

import app.notrain.catalog.DateKind;
import app.notrain.catalog.FactDate;
import app.notrain.progress.Situation;
import app.notrain.report.ProgressReport.AccountSection;
import app.notrain.report.ProgressReport.DateLine;
import app.notrain.report.ProgressReport.OwnerSection;
import app.notrain.report.ProgressReport.PlatformFacts;
import app.notrain.report.ProgressReport.StepLine;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The dates ahead of the report's day as an iCalendar file (RFC 5545) to import into a calendar: one
 * all-day event for each wait that ends after that day, each re-check of a done step falling after it,
 * each training start announced for the report's platforms after it, and for the GDPR letters the
 * day an objection's answer is due and the day a complaint is proposed after a reminder (the
 * objection's refusal step also waits until that due date; its wait is then not repeated). Summaries
 * and descriptions
 * are in the report's language.
 *
 * <p>Every event has a UID derived from what it is about (kind, account or platform, step or date id,
 * day), so importing a newer export updates the same events instead of adding copies. DTSTAMP is the
 * report's day, so the same report always gives the same file. biweekly does all escaping and line
 * folding. With nothing ahead, the file is a calendar without events.
 */
public final class IcsReport implements ReportFormat {
    static final String UID_DOMAIN = "@notrain.app";

    /** What an event is about; part of its UID. */
    enum Kind { WAIT_ENDS, RECHECK, TRAINING_START, ANSWER_DUE, COMPLAINT_FROM }

    /** One event before it is put into iCalendar form; the order of the file is by day, then summary. */
    record Entry(Kind kind, LocalDate day, String key, String summary, String description) {
        String uid() {
            return hash(kind.name() + '\n' + key + '\n' + day) + UID_DOMAIN;
        }
    }

    @Override
    public String extension() {
        return "ics";
    }

    @Override
    public void write(ProgressReport r, Writer out) throws IOException {
        ICalendar ical = new ICalendar();
        ical.setProductId("-//NoTrain//Progress report//" + r.language().code().toUpperCase(Locale.ROOT));
        ical.setName(r.title());
        Date stamp = Date.from(r.asOf().atStartOfDay(ZoneOffset.UTC).toInstant());
        for (Entry entry : entries(r)) {
            VEvent event = new VEvent();
            event.setUid(entry.uid());
            event.setDateTimeStamp(stamp);
            event.setDateStart(day(entry.day()), false);
            event.setSummary(entry.summary());
            event.setDescription(entry.description());
            event.setTransparency(true);     // a reminder, not a busy time
            ical.addEvent(event);
        }
        Biweekly.write(ical).go(out);
    }

    /** The events of the report, earliest first. */
    static List<Entry> entries(ProgressReport r) {
        List<Entry> entries = new ArrayList<>();
        LocalDate asOf = r.asOf();
        for (OwnerSection owner : r.owners()) {
            for (AccountSection a : owner.accounts()) {
                String account = a.platformName() + ProgressReport.SEPARATOR + a.label();
                List<LocalDate> letterDays = new ArrayList<>();
                for (ProgressReport.LetterLine l : a.letters()) {
                    LocalDate day = l.answerDue() != null ? l.answerDue() : l.complaintFrom();
                    if (day == null || !day.isAfter(asOf)) {
                        continue;
                    }
                    letterDays.add(day);
                    String description = String.join("\n",
                            r.text("report.ics.field", r.text("report.column.platform"), a.platformName()),
                            r.text("report.ics.field", r.text("report.column.account"), a.label()),
                            r.text("report.ics.field", l.kindText(), r.date(l.sentOn())));
                    String key = a.id() + '\n' + l.kind() + '\n' + l.sentOn();
                    entries.add(l.answerDue() != null
                            ? new Entry(Kind.ANSWER_DUE, day, key, r.text("report.ics.answerDue", account), description)
                            : new Entry(Kind.COMPLAINT_FROM, day, key, r.text("report.ics.complaintFrom", account),
                            description));
                }
                for (StepLine s : a.steps()) {
                    if (s.due() == null || !s.due().isAfter(asOf)) {
                        continue;
                    }
                    String description = String.join("\n",
                            r.text("report.ics.field", r.text("report.column.platform"), a.platformName()),
                            r.text("report.ics.field", r.text("report.column.account"), a.label()),
                            r.text("report.ics.field", r.text("report.column.owner"),
                                    a.owner() == null ? r.text("report.noOwner") : a.owner()),
                            r.text("report.ics.field", r.text("report.column.step"), s.title()),
                            r.text("report.ics.field", r.text("report.column.situation"), s.situationText()));
                    String key = a.id() + '\n' + s.id();
                    if (s.situation() == Situation.WAITING && letterDays.contains(s.due())) {
                        continue;   // the letter's own event says it better
                    }
                    if (s.situation() == Situation.WAITING) {
                        entries.add(new Entry(Kind.WAIT_ENDS, s.due(), key,
                                r.text("report.ics.waitEnds", s.title(), account), description));
                    } else if (s.situation() == Situation.DONE) {
                        entries.add(new Entry(Kind.RECHECK, s.due(), key,
                                r.text("report.ics.recheck", s.title(), account), description));
                    }
                }
            }
        }
        for (PlatformFacts p : r.platforms()) {
            for (DateLine d : p.dates()) {
                LocalDate day = FactDate.parse(d.date()).day();   // a month-only date counts from its 1st
                if (d.kind() != DateKind.TRAINING_START || !day.isAfter(asOf)) {
                    continue;
                }
                String label = d.uncertain() ? d.label() + " " + r.text("report.uncertain") : d.label();
                String description = String.join("\n",
                        r.text("report.ics.field", r.text("report.column.platform"), p.name()),
                        r.text("report.ics.field", d.dateText(), label),
                        d.outlook());
                entries.add(new Entry(Kind.TRAINING_START, day, p.id() + '\n' + d.id(),
                        r.text("report.ics.trainingStarts", p.name(), label), description));
            }
        }
        entries.sort(Comparator.comparing(Entry::day).thenComparing(Entry::summary));
        return entries;
    }

    /**
     * The day as biweekly reads and writes a date without time: midnight in the default time zone.
     */
    private static Date day(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
