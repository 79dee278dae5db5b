package app.notrain.store;

import app.notrain.catalog.Platform;
import app.notrain.progress.Account;
import app.notrain.progress.Change;
import app.notrain.progress.EvidenceFile;
import app.notrain.progress.MeasureRecord;
import app.notrain.progress.Preferences;
import app.notrain.progress.Profile;
import app.notrain.progress.ProgressData;
import app.notrain.progress.StepRecord;
import app.notrain.progress.TeamSnapshot;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonWriter;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes {@link ProgressData} as compact UTF-8 JSON in one streaming pass, {@code schemaVersion} first
 * (so that the next load can read the rest in the same pass), absent values left out, and what a newer
 * NoTrain wrote ({@link UnknownParts}) put back where it was. Compact rather than pretty-printed: at
 * 10,000 accounts the indentation was most of the file and most of the time.
 */
final class ProgressJsonWriter {
    private final JsonWriter out;
    private final UnknownParts unknown;

    private ProgressJsonWriter(JsonWriter out, UnknownParts unknown) {
        this.out = out;
        this.unknown = unknown;
    }

    static byte[] encode(ProgressData data, UnknownParts unknown, int version) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024 + data.accounts().size() * 1024);
        try (Writer text = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 64 * 1024)) {
            // Gson writes a few characters at a time: buffered before the surrogate check, which then
            // scans large blocks instead of paying a Writer call per token.
            JsonWriter json = new JsonWriter(new BufferedWriter(new SurrogateEscapingWriter(text), 16 * 1024));
            json.setHtmlSafe(false); // a file people may open: keep <, > and & readable
            json.setSerializeNulls(true); // only the unknown parts have nulls, and they are written as read
            new ProgressJsonWriter(json, unknown).document(data, version);
            json.flush();
            text.write('\n');
        } catch (IOException cannotHappenInMemory) {
            throw new UncheckedIOException(cannotHappenInMemory);
        }
        return bytes.toByteArray();
    }

    private void document(ProgressData data, int version) throws IOException {
        out.beginObject();
        out.name(StoreFormat.VERSION_FIELD).value(version);
        if (data.profile() != null) {
            out.name("profile");
            profile(data.profile(), unknown.profile);
        }
        out.name("setupDone").value(data.setupDone());
        out.name("accounts").beginArray();
        for (Account account : data.accounts()) {
            account(account, unknown.accounts.get(account.id()));
        }
        out.endArray();
        out.name("steps").beginObject();
        for (Map.Entry<String, Map<String, StepRecord>> records : data.steps().entrySet()) {
            out.name(records.getKey()).beginObject();
            for (Map.Entry<String, StepRecord> step : records.getValue().entrySet()) {
                out.name(step.getKey());
                record(step.getValue(), unknown.step(records.getKey(), step.getKey()));
            }
            out.endObject();
        }
        out.endObject();
        out.name("history").beginArray();
        List<Change> history = data.history();
        for (int i = 0; i < history.size(); i++) {
            change(history.get(i), keptIf(unknown.history.get(i), history.get(i)));
        }
        out.endArray();
        if (data.customPlatforms() != null) {
            out.name("customPlatforms").beginArray();
            for (Platform platform : data.customPlatforms()) {
                platform(platform);
            }
            out.endArray();
        }
        if (data.preferences() != null) {
            out.name("preferences");
            preferences(data.preferences(), unknown.preferences);
        }
        if (data.lastOpened() != null) {
            out.name("lastOpened").value(data.lastOpened().toString());
        }
        if (data.letters() != null && !data.letters().isEmpty()) {
            out.name("letters");
            letters(ProgressJsonReader.PLATFORM_GSON.toJsonTree(data.letters()).getAsJsonArray(), unknown.letters);
        }
        if (!data.measures().isEmpty()) {
            out.name("organisation").beginObject();
            for (Map.Entry<String, MeasureRecord> measure : data.measures().entrySet()) {
                out.name(measure.getKey());
                measure(measure.getValue(), unknown.measures.get(measure.getKey()));
            }
            out.endObject();
        }
        out.name("team").beginArray();
        for (TeamSnapshot snapshot : data.team() == null ? List.<TeamSnapshot>of() : data.team()) {
            teamSnapshot(snapshot);
        }
        out.endArray();
        if (unknown.topLevel != null) {
            unknownFields(unknown.topLevel);
        }
        out.endObject();
    }

    private void measure(MeasureRecord record, UnknownParts.Kept kept) throws IOException {
        out.beginObject();
        out.name("status").value(record.status().name());
        out.name("changedAt").value(StoreDates.format(record.changedAt()));
        optional("note", record.note());
        optional("evidence", record.evidence());
        optional("owner", record.owner());
        if (record.recheckDays() != null) {
            out.name("recheckDays").value(record.recheckDays());
        }
        unknownFields(kept);
        out.endObject();
    }

    private void account(Account account, UnknownParts.Kept kept) throws IOException {
        out.beginObject();
        out.name("id").value(account.id());
        out.name("platformId").value(account.platformId());
        out.name("label").value(account.label());
        optional("owner", account.owner());
        optional("group", account.group());
        unknownFields(kept);
        out.endObject();
    }

    private void record(StepRecord record, UnknownParts.Kept kept) throws IOException {
        out.beginObject();
        out.name("status").value(record.status().name());
        out.name("changedAt").value(StoreDates.format(record.changedAt()));
        if (record.until() != null) {
            out.name("until").value(record.until().toString());
        }
        optional("note", record.note());
        optional("evidence", record.evidence());
        optional("stepFingerprint", record.stepFingerprint());
        if (!record.evidenceFiles().isEmpty()) {
            out.name(ProgressJsonReader.EVIDENCE_FILES).beginArray();
            List<EvidenceFile> files = record.evidenceFiles();
            for (int i = 0; i < files.size(); i++) {
                evidenceFile(files.get(i), inside(kept, ProgressJsonReader.EVIDENCE_FILES + "[" + i + "]", files.get(i)));
            }
            out.endArray();
        }
        unknownFields(kept);
        out.endObject();
    }

    private void evidenceFile(EvidenceFile file, UnknownParts.Kept kept) throws IOException {
        out.beginObject();
        out.name("originalName").value(file.originalName());
        out.name("storedName").value(file.storedName());
        out.name("sha256").value(file.sha256());
        out.name("size").value(file.size());
        out.name("attachedAt").value(StoreDates.format(file.attachedAt()));
        unknownFields(kept);
        out.endObject();
    }

    private void change(Change change, UnknownParts.Kept kept) throws IOException {
        out.beginObject();
        out.name("action").value(change.action());
        out.name("at").value(StoreDates.format(change.at()));
        out.name("kind").value(change.kind().name());
        optional("accountId", change.accountId());
        optional("stepId", change.stepId());
        if (change.accountBefore() != null) {
            out.name("accountBefore");
            account(change.accountBefore(), inside(kept, "accountBefore", change.accountBefore()));
        }
        if (change.accountAfter() != null) {
            out.name("accountAfter");
            account(change.accountAfter(), inside(kept, "accountAfter", change.accountAfter()));
        }
        if (change.before() != null) {
            out.name("before");
            record(change.before(), inside(kept, "before", change.before()));
        }
        if (change.after() != null) {
            out.name("after");
            record(change.after(), inside(kept, "after", change.after()));
        }
        if (change.profileBefore() != null) {
            out.name("profileBefore");
            profile(change.profileBefore(), inside(kept, "profileBefore", change.profileBefore()));
        }
        if (change.profileAfter() != null) {
            out.name("profileAfter");
            profile(change.profileAfter(), inside(kept, "profileAfter", change.profileAfter()));
        }
        optional("linkedFrom", change.linkedFrom());
        if (change.undoes() != 0) {
            out.name("undoes").value(change.undoes());
        }
        if (change.measureBefore() != null) {
            out.name("measureBefore");
            measure(change.measureBefore(), inside(kept, "measureBefore", change.measureBefore()));
        }
        if (change.measureAfter() != null) {
            out.name("measureAfter");
            measure(change.measureAfter(), inside(kept, "measureAfter", change.measureAfter()));
        }
        unknownFields(kept);
        out.endObject();
    }

    private void profile(Profile profile, UnknownParts.Kept kept) throws IOException {
        out.beginObject();
        out.name("region").value(profile.region().name());
        out.name("adult").value(profile.adult());
        out.name("use").value(profile.use().name());
        if (profile.sender() != null) {
            out.name("sender");
            JsonObject sender = ProgressJsonReader.PLATFORM_GSON.toJsonTree(profile.sender()).getAsJsonObject();
            UnknownParts.Kept senderKept = kept == null ? null : kept.unknown().inside.get("sender");
            if (senderKept != null) { // a newer NoTrain's fields stay with the sender, even a changed one
                senderKept.unknown().fields.forEach(sender::add);
            }
            JsonTree.write(out, sender);
        }
        optional("organisation", profile.organisation());
        optional("author", profile.author());
        unknownFields(kept);
        out.endObject();
    }

    private void preferences(Preferences preferences, UnknownParts.Kept kept) throws IOException {
        out.beginObject();
        JsonElement language = kept == null ? null : kept.unknown().values.get("language");
        // A language this NoTrain does not speak, read as "none": written back while the user chose no other.
        if (language != null && preferences.language() == null
                && ((Preferences) kept.understood()).language() == null) {
            out.name("language");
            JsonTree.write(out, language);
        } else if (preferences.language() != null) {
            out.name("language").value(preferences.language().name());
        }
        out.name("darkTheme").value(preferences.darkTheme());
        if (preferences.exportFolder() != null) {
            out.name("exportFolder").value(preferences.exportFolder());
        }
        if (preferences.exportFormat() != null) {
            out.name("exportFormat").value(preferences.exportFormat());
        }
        if (preferences.theme() != null) {
            out.name("theme").value(preferences.theme());
        }
        if (preferences.textSize() != null) {
            out.name("textSize").value(preferences.textSize());
        }
        unknownFields(kept);
        out.endObject();
    }

    /** Letters are only added at the end: the ones read keep what a newer NoTrain wrote in them. */
    private void letters(JsonArray now, UnknownParts.KeptTree kept) throws IOException {
        if (kept == null || !kept.raw().isJsonArray() || kept.understood().getAsJsonArray().size()
                != kept.raw().getAsJsonArray().size()) {
            JsonTree.write(out, now);
            return;
        }
        JsonArray understood = kept.understood().getAsJsonArray();
        JsonArray raw = kept.raw().getAsJsonArray();
        JsonArray merged = new JsonArray();
        for (int i = 0; i < now.size(); i++) {
            merged.add(i < raw.size() ? JsonMerge.merge(now.get(i), understood.get(i), raw.get(i)) : now.get(i));
        }
        JsonTree.write(out, merged);
    }

    private void platform(Platform platform) throws IOException {
        JsonElement now = ProgressJsonReader.PLATFORM_GSON.toJsonTree(platform);
        UnknownParts.KeptPlatform kept = unknown.platforms.get(platform.id());
        JsonTree.write(out, kept == null ? now : JsonMerge.merge(now, kept.understoodTree(), kept.raw()));
    }

    private void teamSnapshot(TeamSnapshot snapshot) throws IOException {
        JsonElement now = ProgressJsonReader.PLATFORM_GSON.toJsonTree(snapshot);
        UnknownParts.KeptSnapshot kept = unknown.team.get(TeamSnapshot.personKey(snapshot.person()));
        // A newer report of the same person replaced the one read: what the old one had goes with it.
        JsonTree.write(out, kept == null || !kept.understood().equals(snapshot) ? now
                : JsonMerge.merge(now, kept.understoodTree(), kept.raw()));
    }

    private void optional(String name, String value) throws IOException {
        if (value != null) {
            out.name(name).value(value);
        }
    }

    private void unknownFields(UnknownParts.Kept kept) throws IOException {
        if (kept != null) {
            unknownFields(kept.unknown());
        }
    }

    private void unknownFields(UnknownParts.Unknown parts) throws IOException {
        for (Map.Entry<String, JsonElement> field : parts.fields.entrySet()) {
            out.name(field.getKey());
            JsonTree.write(out, field.getValue());
        }
    }

    private static UnknownParts.Kept inside(UnknownParts.Kept kept, String field, Object now) {
        return kept == null ? null : kept.inside(field, now);
    }

    /** A history entry's unknown parts, provided the entry at that place is still the one read. */
    private static UnknownParts.Kept keptIf(UnknownParts.Kept kept, Object now) {
        return kept != null && Objects.equals(kept.understood(), now) ? kept : null;
    }
}
