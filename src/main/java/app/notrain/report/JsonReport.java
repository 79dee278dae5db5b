package app.notrain.report;

import app.notrain.progress.Protection;
import app.notrain.report.ProgressReport.AccountRef;
import app.notrain.report.ProgressReport.AccountSection;
import app.notrain.report.ProgressReport.ActionLine;
import app.notrain.report.ProgressReport.AuditLine;
import app.notrain.report.ProgressReport.DateLine;
import app.notrain.report.ProgressReport.HistoryLine;
import app.notrain.report.ProgressReport.OwnerSection;
import app.notrain.report.ProgressReport.PlatformFacts;
import app.notrain.report.ProgressReport.ProtectionCounts;
import app.notrain.report.ProgressReport.SourceLine;
import app.notrain.report.ProgressReport.StepLine;
import app.notrain.report.ProgressReport.Summary;
import app.notrain.report.ProgressReport.TeamSection;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * The report as JSON for other tools. The field names are a published format, written out one by
 * one here so that renaming a Java field cannot change them: see docs/report-format.md. Dates are ISO
 * (YYYY-MM-DD; a key date may be YYYY-MM), enum values are their constant names, every text field
 * is in the report's language, and absent values are written as null.
 */
public final class JsonReport implements ReportFormat {
    /**
     * Raised when a field is added, renamed or removed (2: the accounts' protection; 3: who exported it
     * and when, the guides' date, the team roll-up, the cover, the audit log).
     */
    public static final int FORMAT_VERSION = 3;

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public void write(ProgressReport r, Writer out) throws IOException {
        // Written whole, then with invisible and control characters as \\u escapes (see PlainText):
        // the same strings for a reader, nothing that acts in a terminal or an editor.
        StringWriter text = new StringWriter();
        writeJson(r, text);
        out.write(PlainText.jsonEscape(text.toString()));
    }

    private void writeJson(ProgressReport r, Writer out) throws IOException {
        JsonWriter json = new JsonWriter(out);
        json.setIndent("  ");
        json.setSerializeNulls(true);
        json.beginObject();
        json.name("format").value("notrain-report");
        json.name("formatVersion").value(FORMAT_VERSION);
        json.name("language").value(r.language().code());
        json.name("title").value(r.title());
        date(json, "asOf", r.asOf());
        json.name("catalogVersion").value(r.catalogVersion());
        date(json, "catalogDate", r.cover().guidesDate());
        json.name("person").value(r.person());
        json.name("exportedAt").value(r.cover().exportedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        json.name("ownerFilter").value(r.ownerFilter());
        json.name("profile").beginObject()
                .name("region").value(r.profile().region().name())
                .name("regionText").value(r.profile().regionText())
                .name("use").value(r.profile().use().name())
                .name("useText").value(r.profile().useText())
                .endObject();
        ProgressReport.Cover c = r.cover();
        json.name("cover").beginObject()
                .name("name").value(c.name())
                .name("organisation").value(c.organisation())
                .name("author").value(c.author())
                .name("exportedAt").value(c.exportedAt().toString())
                .name("timeZone").value(c.zone().getId());
        date(json, "periodFrom", c.periodFrom());
        date(json, "periodTo", r.asOf());
        date(json, "guidesDate", c.guidesDate());
        json.name("guidesOld").value(c.guidesOld());
        json.endObject();
        Summary s = r.summary();
        json.name("summary").beginObject()
                .name("accounts").value(s.accounts())
                .name("stepsDone").value(s.stepsDone())
                .name("stepsApplicable").value(s.stepsApplicable())
                .name("openActions").value(s.openActions())
                .name("refusals").value(s.refusals())
                .name("accountsExposed").value(s.accountsExposed());
        protection(json, s.protection());
        json.endObject();
        json.name("owners").beginArray();
        for (OwnerSection owner : r.owners()) {
            json.beginObject();
            json.name("owner").value(owner.owner());
            json.name("name").value(owner.name());
            protection(json, owner.protection());
            json.name("accounts").beginArray();
            for (AccountSection a : owner.accounts()) {
                account(json, a, null);
            }
            json.endArray();
            json.endObject();
        }
        json.endArray();
        json.name("actions").beginArray();
        for (ActionLine a : r.actions()) {
            json.beginObject();
            json.name("rank").value(a.rank());
            json.name("urgency").value(a.urgency().name());
            date(json, "date", a.date());
            json.name("why").value(a.why());
            json.name("accountId").value(a.accountId());
            json.name("platform").value(a.platformName());
            json.name("account").value(a.accountLabel());
            json.name("owner").value(a.owner());
            json.name("stepId").value(a.stepId());
            json.name("step").value(a.stepTitle());
            json.name("accounts").beginArray();
            for (AccountRef ref : a.accounts()) {
                json.beginObject();
                json.name("accountId").value(ref.id());
                json.name("platform").value(ref.platformName());
                json.name("account").value(ref.label());
                json.name("owner").value(ref.owner());
                json.endObject();
            }
            json.endArray();
            json.endObject();
        }
        json.endArray();
        json.name("platforms").beginArray();
        for (PlatformFacts p : r.platforms()) {
            platform(json, p);
        }
        json.endArray();
        if (r.organisation() != null) {   // a business's only: a person's report is as it was
            organisation(json, r.organisation());
        }
        json.name("team").beginArray();
        for (TeamSection member : r.team()) {
            json.beginObject();
            json.name("person").value(member.person());
            date(json, "reportedOn", member.reportedOn());
            json.name("ageInDays").value(member.ageInDays());
            json.name("stale").value(member.stale());
            json.name("staleText").value(member.staleText());
            protection(json, member.section().protection());
            json.name("accounts").beginArray();
            for (AccountSection a : member.section().accounts()) {
                account(json, a, member);
            }
            json.endArray();
            json.endObject();
        }
        json.endArray();
        if (r.company() == null) {
            json.name("company").nullValue();
        } else {
            json.name("company").beginObject();
            protection(json, r.company());
            json.endObject();
        }
        json.name("auditLog").beginArray();
        for (AuditLine line : r.auditLog()) {
            json.beginObject();
            json.name("at").value(line.at().toString());
            json.name("text").value(line.text());
            json.name("undo").value(line.undo());
            if (line.reversal() == null) {
                json.name("reversal").nullValue();
            } else {
                json.name("reversal").beginObject()
                        .name("kind").value(line.reversal().kind().name())
                        .name("at").value(line.reversal().at().toString())
                        .endObject();
            }
            json.endObject();
        }
        json.endArray();
        json.name("notice").value(r.notice());
        json.endObject();
        json.flush();
        out.write('\n');
    }

    private static void organisation(JsonWriter json, ProgressReport.OrganisationSection o) throws IOException {
        json.name("organisation").beginObject()
                .name("summary").value(o.summary())
                .name("inPlace").value(o.inPlace())
                .name("total").value(o.total());
        json.name("measures").beginArray();
        for (ProgressReport.MeasureLine m : o.measures()) {
            json.beginObject()
                    .name("id").value(m.id())
                    .name("title").value(m.title())
                    .name("status").value(m.status().name())
                    .name("statusText").value(m.statusText())
                    .name("situation").value(m.situation().name())
                    .name("situationText").value(m.situationText());
            date(json, "changed", m.changed());
            date(json, "due", m.due());
            json.name("owner").value(m.owner())
                    .name("note").value(m.note())
                    .name("evidence").value(m.evidence())
                    .endObject();
        }
        json.endArray();
        json.endObject();
    }

    /** An account; {@code reported}: the colleague's report it comes from, null for the user's own. */
    private static void account(JsonWriter json, AccountSection a, TeamSection reported) throws IOException {
        json.beginObject();
        if (reported != null) {
            json.name("reportedBy").value(reported.person());
            date(json, "reportedOn", reported.reportedOn());
        }
        json.name("id").value(a.id());
        json.name("platformId").value(a.platformId());
        json.name("platform").value(a.platformName());
        json.name("label").value(a.label());
        json.name("owner").value(a.owner());
        json.name("group").value(a.group());
        json.name("protection").value(a.protection().name());
        json.name("protectionText").value(a.protectionText());
        json.name("protectionDetail").value(a.protectionDetail());
        date(json, "protectedOn", a.protectedOn());
        if (a.next() == null) {
            json.name("nextAction").nullValue();
        } else {
            json.name("nextAction").beginObject()
                    .name("stepId").value(a.next().id())
                    .name("step").value(a.next().title())
                    .endObject();
        }
        json.name("stepsDone").value(a.done());
        json.name("stepsApplicable").value(a.applicable());
        json.name("steps").beginArray();
        for (StepLine s : a.steps()) {
            json.beginObject();
            json.name("id").value(s.id());
            json.name("title").value(s.title());
            json.name("status").value(s.status().name());
            json.name("statusText").value(s.statusText());
            json.name("situation").value(s.situation().name());
            json.name("situationText").value(s.situationText());
            date(json, "changed", s.changed());
            date(json, "due", s.due());
            json.name("note").value(s.note());
            json.name("evidence").value(s.evidence());
            if (!s.files().isEmpty()) {   // only when there are some: older readers see what they knew
                json.name("evidenceFiles").beginArray();
                for (ProgressReport.EvidenceLine f : s.files()) {
                    json.beginObject();
                    json.name("originalName").value(f.originalName());
                    json.name("storedName").value(f.storedName());
                    json.name("sha256").value(f.sha256());
                    json.name("size").value(f.size());
                    json.name("attachedOn").value(f.attachedOn().toString());
                    json.name("state").value(f.state() == null ? null : f.state().name());
                    json.endObject();
                }
                json.endArray();
            }
            json.endObject();
        }
        json.endArray();
        if (!a.letters().isEmpty()) {   // only when there are some: older readers see what they knew
            json.name("letters").beginArray();
            for (ProgressReport.LetterLine l : a.letters()) {
                json.beginObject();
                json.name("kind").value(l.kind().name());
                json.name("sentOn").value(l.sentOn().toString());
                json.name("channel").value(l.channel());
                json.name("reference").value(l.reference());
                json.name("answerDue").value(l.answerDue() == null ? null : l.answerDue().toString());
                json.name("complaintFrom").value(l.complaintFrom() == null ? null : l.complaintFrom().toString());
                json.name("text").value(l.text());
                json.endObject();
            }
            json.endArray();
        }
        json.name("history").beginArray();
        for (HistoryLine h : a.history()) {
            json.beginObject();
            date(json, "date", h.date());
            json.name("text").value(h.text());
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }

    /** How many accounts are protected, of those concerned, and how many have each status (every status). */
    private static void protection(JsonWriter json, ProtectionCounts p) throws IOException {
        json.name("protection").beginObject();
        json.name("protected").value(p.protectedAccounts());
        json.name("concerned").value(p.concerned());
        json.name("counts").beginObject();
        for (Map.Entry<Protection, Integer> count : p.counts().entrySet()) {
            json.name(count.getKey().name()).value(count.getValue());
        }
        json.endObject();
        json.name("headline").value(p.headline());
        json.endObject();
    }

    private static void platform(JsonWriter json, PlatformFacts p) throws IOException {
        json.beginObject();
        json.name("id").value(p.id());
        json.name("name").value(p.name());
        json.name("dates").beginArray();
        for (DateLine d : p.dates()) {
            json.beginObject();
            json.name("id").value(d.id());
            json.name("kind").value(d.kind().name());
            json.name("date").value(d.date());
            json.name("dateText").value(d.dateText());
            json.name("label").value(d.label());
            json.name("outlook").value(d.outlook());
            json.name("uncertain").value(d.uncertain());
            json.endObject();
        }
        json.endArray();
        json.name("sources").beginArray();
        for (SourceLine src : p.sources()) {
            json.beginObject();
            json.name("publisher").value(src.publisher());
            json.name("title").value(src.title());
            json.name("published").value(src.published());
            json.name("url").value(src.url());
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }

    private static void date(JsonWriter json, String name, LocalDate date) throws IOException {
        json.name(name).value(date == null ? null : date.toString());
    }
}
