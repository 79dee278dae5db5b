package app.notrain.store;

import app.notrain.catalog.Catalog;
import app.notrain.catalog.CatalogJson;
import app.notrain.catalog.CatalogValidator;
import app.notrain.catalog.Device;
import app.notrain.catalog.Platform;
import app.notrain.catalog.Region;
import app.notrain.i18n.Language;
import app.notrain.progress.Account;
import app.notrain.progress.Change;
import app.notrain.progress.EvidenceFile;
import app.notrain.progress.ChangeKind;
import app.notrain.progress.Letter;
import app.notrain.progress.MeasureRecord;
import app.notrain.progress.Preferences;
import app.notrain.progress.Sender;
import app.notrain.progress.Profile;
import app.notrain.progress.ProgressData;
import app.notrain.progress.StepRecord;
import app.notrain.progress.StepStatus;
import app.notrain.progress.TeamSnapshot;
import app.notrain.progress.UseKind;
import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads a progress document in one streaming pass, straight into {@link ProgressData}: no tree, no
 * second mapping. Everything is checked on the way (kinds, required fields, known values, ids, dates
 * in range, no field twice) and a problem is told in words that name the account, step or entry and
 * say how to fix it. Fields and values a newer NoTrain may have written are kept in
 * {@link UnknownParts}, to be written back.
 */
final class ProgressJsonReader {
    /** Platforms of the user's own are catalog data: mapped by Gson, as the catalog is. */
    static final Gson PLATFORM_GSON = CatalogJson.builder()
            .registerTypeAdapter(Instant.class, CatalogJson.stringAdapter(Instant::parse).nullSafe())
            .create();
    /** How deep an unknown value may nest: far more than any store needs, little enough to write back. */
    static final int MAX_UNKNOWN_DEPTH = 64;

    private static final Pattern WHOLE = Pattern.compile("-?[0-9]{1,18}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    /** A step record's files; each one's unknown parts are kept under {@code evidenceFiles[i]}. */
    static final String EVIDENCE_FILES = "evidenceFiles";
    private static final int MAX_ID_LENGTH = 120;
    /** Ten years: a longer re-check interval is a typing mistake. */
    private static final int MAX_RECHECK_DAYS = 3650;
    private static final String FIX = "; correct it in the file with a text editor, or restore a backup";
    private static final Map<String, Device> DEVICES = byName(Device.values());

    private final JsonReader in;
    private final UnknownParts unknown = new UnknownParts();
    /** Set by each object reader: its unknown parts, or null. */
    private UnknownParts.Unknown lastUnknown;
    private final Map<String, Account> accountsById = new HashMap<>();

    private ProgressJsonReader(JsonReader in) {
        this.in = in;
    }

    /** What was read: the progress, and what this NoTrain did not understand in it. */
    record Result(ProgressData data, UnknownParts unknown) {
    }

    /**
     * Reads the members of the top-level object up to its end; {@code in} is just inside it, perhaps
     * after {@code schemaVersion} (which the caller checked).
     */
    static Result readMembers(JsonReader in, boolean versionSeen) throws IOException {
        return new ProgressJsonReader(in).document(versionSeen);
    }

    private Result document(boolean versionSeen) throws IOException {
        Profile profile = null;
        boolean setupDone = false;
        List<Account> accounts = null;
        Map<String, Map<String, StepRecord>> steps = null;
        List<Change> history = null;
        List<Platform> customPlatforms = null;
        Preferences preferences = null;
        LocalDate lastOpened = null;
        List<Letter> letters = List.of();
        Map<String, MeasureRecord> measures = Map.of();
        List<TeamSnapshot> team = List.of();
        Seen seen = new Seen(() -> "the file");
        if (versionSeen) {
            seen.known(StoreFormat.VERSION_FIELD, 0);
        }
        UnknownParts.Unknown mine = null;
        Supplier<String> top = () -> "the file";
        while (in.hasNext()) {
            String name = in.nextName();
            switch (name) {
                case StoreFormat.VERSION_FIELD -> {
                    seen.known(name, 0);
                    in.skipValue(); // checked by the caller
                }
                case "profile" -> {
                    seen.known(name, 1);
                    if (isNull()) {
                        break;
                    }
                    profile = profile(() -> "the profile");
                    unknown.profile = kept(profile);
                }
                case "setupDone" -> {
                    seen.known(name, 2);
                    setupDone = bool(top, name, false);
                }
                case "accounts" -> {
                    seen.known(name, 3);
                    accounts = accounts();
                }
                case "steps" -> {
                    seen.known(name, 4);
                    steps = steps();
                }
                case "history" -> {
                    seen.known(name, 5);
                    history = history();
                }
                case "customPlatforms" -> {
                    seen.known(name, 6);
                    customPlatforms = customPlatforms();
                }
                case "preferences" -> {
                    seen.known(name, 7);
                    if (isNull()) {
                        break;
                    }
                    preferences = preferences();
                    unknown.preferences = kept(preferences);
                }
                case "lastOpened" -> {
                    seen.known(name, 8);
                    lastOpened = date(top, name);
                }
                case "letters" -> {
                    seen.known(name, 9);
                    letters = letters();
                }
                case "organisation" -> {
                    seen.known(name, 10);
                    measures = measures();
                }
                case "team" -> {
                    seen.known(name, 11);
                    team = team();
                }
                default -> {
                    seen.other(name);
                    mine = keepField(mine, name);
                }
            }
        }
        in.endObject();
        unknown.topLevel = mine;
        if (customPlatforms != null && !customPlatforms.isEmpty()) {
            List<String> problems = CatalogValidator.validate(new Catalog("2000.01.01", customPlatforms));
            if (!problems.isEmpty()) {
                throw problem("a platform of your own is not valid (" + clip(problems.get(0)) + ")");
            }
        }
        if (profile == null) {
            throw problem("the file has no \"profile\" (region, age and use, asked by the first-run questions)");
        }
        if (accounts == null || steps == null || history == null) {
            String missing = accounts == null ? "accounts" : steps == null ? "steps" : "history";
            throw problem("the file has no \"" + missing + "\" (profile, accounts, steps or history is missing)");
        }
        return new Result(new ProgressData(profile, setupDone, accounts, steps, history,
                customPlatforms == null ? List.of() : customPlatforms, preferences, lastOpened, letters, measures, team),
                anythingUnknown() ? unknown : UnknownParts.NONE);
    }

    private boolean anythingUnknown() {
        return unknown.topLevel != null || unknown.profile != null || unknown.preferences != null
                || !unknown.accounts.isEmpty() || !unknown.steps.isEmpty() || !unknown.history.isEmpty()
                || !unknown.platforms.isEmpty() || !unknown.measures.isEmpty() || !unknown.team.isEmpty()
                || unknown.letters != null;
    }

    private UnknownParts.Kept kept(Object understood) {
        UnknownParts.Unknown parts = lastUnknown;
        lastUnknown = null;
        return parts == null ? null : new UnknownParts.Kept(understood, parts);
    }

    // ---- accounts

    private List<Account> accounts() throws IOException {
        Supplier<String> where = () -> "the file";
        if (!expect(JsonToken.BEGIN_ARRAY, where, "accounts", "a list", true)) {
            return null;
        }
        in.beginArray();
        List<Account> accounts = new ArrayList<>();
        Map<String, Integer> positions = new HashMap<>();
        while (in.hasNext()) {
            int index = accounts.size();
            Account account = account(() -> "the " + ordinal(index + 1) + " account", true);
            UnknownParts.Kept kept = kept(account);
            Integer earlier = positions.putIfAbsent(account.id(), index);
            if (earlier != null) {
                throw problem("the " + ordinal(earlier + 1) + " and the " + ordinal(index + 1) + " accounts "
                        + "both have the id \"" + account.id() + "\" (" + describe(accounts.get(earlier)) + " and "
                        + describe(account) + "); every account needs its own id: give one of them a number "
                        + "no other account of " + account.platformId() + " uses");
            }
            if (kept != null) {
                unknown.accounts.put(account.id(), kept);
            }
            accounts.add(account);
            accountsById.put(account.id(), account);
        }
        in.endArray();
        return accounts;
    }

    /** An account; {@code live}: one of the accounts list (its id must match its platform). */
    private Account account(Supplier<String> where, boolean live) throws IOException {
        if (!expect(JsonToken.BEGIN_OBJECT, where, null, "an object with an id, a platform and a label", false)) {
            throw problem(where.get() + " is null instead of an account");
        }
        in.beginObject();
        String id = null;
        String platformId = null;
        String label = null;
        String owner = null;
        String group = null;
        Seen seen = new Seen(where);
        UnknownParts.Unknown mine = null;
        while (in.hasNext()) {
            String name = in.nextName();
            switch (name) {
                case "id" -> {
                    seen.known(name, 0);
                    id = text(where, name);
                }
                case "platformId" -> {
                    seen.known(name, 1);
                    platformId = text(where, name);
                }
                case "label" -> {
                    seen.known(name, 2);
                    label = text(where, name);
                }
                case "owner" -> {
                    seen.known(name, 3);
                    owner = text(where, name);
                }
                case "group" -> {
                    seen.known(name, 4);
                    group = text(where, name);
                }
                default -> {
                    seen.other(name);
                    mine = keepField(mine, name);
                }
            }
        }
        in.endObject();
        String named = where.get() + (label != null ? " (" + quote(label) + ")" : "");
        if (id == null || platformId == null || label == null) {
            String missing = id == null ? "id" : platformId == null ? "platform (\"platformId\")" : "label";
            throw problem(named + " has no " + missing + ": an account has no id, platform or label");
        }
        if (!validPlatformId(platformId)) {
            throw problem(named + " has the platform " + quote(platformId) + ", which is not a platform id "
                    + "(lower-case letters, digits and dashes, like \"facebook\")");
        }
        if (!validAccountId(id) || live && !id.startsWith(platformId + "-")) {
            throw problem(named + " has the id " + quote(id) + ", which is not one NoTrain makes: the platform, "
                    + "a dash and a number, like \"" + platformId + "-1\"");
        }
        lastUnknown = mine;
        return new Account(id, platformId, label, owner, group);
    }

    // ---- step records

    private Map<String, Map<String, StepRecord>> steps() throws IOException {
        Supplier<String> where = () -> "the file";
        if (!expect(JsonToken.BEGIN_OBJECT, where, "steps", "an object (step records by account)", true)) {
            return null;
        }
        in.beginObject();
        Map<String, Map<String, StepRecord>> steps = new LinkedHashMap<>();
        while (in.hasNext()) {
            String accountId = in.nextName();
            Supplier<String> account = () -> "the steps of account " + quote(accountId) + described(accountId);
            if (steps.containsKey(accountId)) {
                throw problem("the steps of account " + quote(accountId) + " appear twice in \"steps\"");
            }
            if (!validAccountId(accountId)) {
                throw problem(account.get() + ": " + quote(accountId) + " is not an account id NoTrain makes "
                        + "(a platform, a dash and a number, like \"facebook-1\")");
            }
            if (!expect(JsonToken.BEGIN_OBJECT, account, null, "an object (records by step)", false)) {
                throw problem(account.get() + " are null instead of an object (records by step)");
            }
            in.beginObject();
            Map<String, StepRecord> records = new LinkedHashMap<>();
            while (in.hasNext()) {
                String stepId = in.nextName();
                Supplier<String> step = () -> "step " + quote(stepId) + " of account " + quote(accountId)
                        + described(accountId);
                if (records.containsKey(stepId)) {
                    throw problem(step.get() + " appears twice");
                }
                if (!validPlatformId(stepId)) {
                    throw problem(step.get() + ": " + quote(stepId) + " is not a step id (lower-case letters, "
                            + "digits and dashes, like \"submit-objection\")");
                }
                StepRecord record = record(step);
                if (record == null) {
                    throw problem(step.get() + " is null instead of a record with a status and a date");
                }
                UnknownParts.Kept kept = kept(record);
                if (kept != null) {
                    unknown.steps.computeIfAbsent(accountId, k -> new HashMap<>()).put(stepId, kept);
                }
                records.put(stepId, record);
            }
            in.endObject();
            steps.put(accountId, records);
        }
        in.endObject();
        return steps;
    }

    /** A step record, or null for JSON null. */
    private StepRecord record(Supplier<String> where) throws IOException {
        if (!expect(JsonToken.BEGIN_OBJECT, where, null, "a record with a status and a date", false)) {
            lastUnknown = null;
            return null;
        }
        in.beginObject();
        StepStatus status = null;
        Instant changedAt = null;
        LocalDate until = null;
        String note = null;
        String evidence = null;
        String fingerprint = null;
        List<EvidenceFile> files = List.of();
        Seen seen = new Seen(where);
        UnknownParts.Unknown mine = null;
        while (in.hasNext()) {
            String name = in.nextName();
            switch (name) {
                case "status" -> {
                    seen.known(name, 0);
                    status = known(where, name, StepStatus.class, STATUSES);
                }
                case "changedAt" -> {
                    seen.known(name, 1);
                    changedAt = instant(where, name);
                }
                case "until" -> {
                    seen.known(name, 2);
                    until = date(where, name);
                }
                case "note" -> {
                    seen.known(name, 3);
                    note = text(where, name);
                }
                case "evidence" -> {
                    seen.known(name, 4);
                    evidence = text(where, name);
                }
                case "stepFingerprint" -> {
                    seen.known(name, 5);
                    fingerprint = text(where, name);
                }
                case "evidenceFiles" -> {
                    seen.known(name, 6);
                    if (expect(JsonToken.BEGIN_ARRAY, where, name, "a list of files", false)) {
                        in.beginArray();
                        List<EvidenceFile> read = new ArrayList<>();
                        while (in.hasNext()) {
                            String field = EVIDENCE_FILES + "[" + read.size() + "]";
                            EvidenceFile file = evidenceFile(() -> "the " + ordinal(read.size() + 1)
                                    + " file of " + where.get());
                            mine = keepInside(mine, field, file);
                            read.add(file);
                        }
                        in.endArray();
                        files = read;
                    }
                }
                default -> {
                    seen.other(name);
                    mine = keepField(mine, name);
                }
            }
        }
        in.endObject();
        if (status == null || changedAt == null) {
            throw problem(where.get() + " has no " + (status == null ? "status" : "date (\"changedAt\")")
                    + ": a step record needs a known status and a date");
        }
        lastUnknown = mine;
        return new StepRecord(status, changedAt, until, note, evidence, fingerprint, files);
    }

    /** One file kept as evidence (docs/store-format.md): every field is needed to find and check the copy. */
    private EvidenceFile evidenceFile(Supplier<String> where) throws IOException {
        if (!expect(JsonToken.BEGIN_OBJECT, where, null, "an object", false)) {
            throw problem(where.get() + " is null instead of a file with its name, hash, size and date");
        }
        in.beginObject();
        String originalName = null;
        String storedName = null;
        String sha256 = null;
        Long size = null;
        Instant attachedAt = null;
        Seen seen = new Seen(where);
        UnknownParts.Unknown mine = null;
        while (in.hasNext()) {
            String name = in.nextName();
            switch (name) {
                case "originalName" -> {
                    seen.known(name, 0);
                    originalName = text(where, name);
                }
                case "storedName" -> {
                    seen.known(name, 1);
                    storedName = text(where, name);
                    if (storedName != null && !EvidenceFolder.validStoredName(storedName)) {
                        throw problem("\"storedName\" of " + where.get() + " is " + quote(storedName)
                                + ", which is not a name NoTrain gives a copy (32 hexadecimal digits and an extension)");
                    }
                }
                case "sha256" -> {
                    seen.known(name, 2);
                    sha256 = text(where, name);
                    if (sha256 != null && !SHA256.matcher(sha256).matches()) {
                        throw problem("\"sha256\" of " + where.get() + " is " + quote(sha256)
                                + ", which is not a SHA-256 (64 lower-case hexadecimal digits)");
                    }
                }
                case "size" -> {
                    seen.known(name, 3);
                    size = whole(where, name);
                    if (size < 0) {
                        throw problem("\"size\" of " + where.get() + " is " + size + ", but a size is not negative");
                    }
                }
                case "attachedAt" -> {
                    seen.known(name, 4);
                    attachedAt = instant(where, name);
                }
                default -> {
                    seen.other(name);
                    mine = keepField(mine, name);
                }
            }
        }
        in.endObject();
        if (originalName == null || storedName == null || sha256 == null || size == null || attachedAt == null) {
            throw problem(where.get() + " lacks its original name, stored name, SHA-256, size or date attached: "
                    + "a kept file needs all five");
        }
        lastUnknown = mine;
        return new EvidenceFile(originalName, storedName, sha256, size, attachedAt);
    }

    // ---- the organisation checklist

    /** {@code "organisation"}: the business's record of each measure, by measure id (null: none). */
    private Map<String, MeasureRecord> measures() throws IOException {
        Supplier<String> where = () -> "the file";
        if (!expect(JsonToken.BEGIN_OBJECT, where, "organisation", "an object (records by measure)", false)) {
            return Map.of();
        }
        in.beginObject();
        Map<String, MeasureRecord> measures = new LinkedHashMap<>();
        while (in.hasNext()) {
            String measureId = in.nextName();
            Supplier<String> measure = () -> "the organisation measure " + quote(measureId);
            if (measures.containsKey(measureId)) {
                throw problem(measure.get() + " appears twice in \"organisation\"");
            }
            if (!validPlatformId(measureId)) {
                throw problem(measure.get() + ": " + quote(measureId) + " is not a measure id (lower-case letters, "
                        + "digits and dashes, like \"train-team\")");
            }
            MeasureRecord record = measure(measure);
            if (record == null) {
                throw problem(measure.get() + " is null instead of a record with a status and a date");
            }
            UnknownParts.Kept kept = kept(record);
            if (kept != null) {
                unknown.measures.put(measureId, kept);
            }
            measures.put(measureId, record);
        }
        in.endObject();
        return measures;
    }

    /** A measure record, or null for JSON null. */
    private MeasureRecord measure(Supplier<String> where) throws IOException {
        if (!expect(JsonToken.BEGIN_OBJECT, where, null, "a record with a status and a date", false)) {
            lastUnknown = null;
            return null;
        }
        in.beginObject();
        StepStatus status = null;
        Instant changedAt = null;
        String note = null;
        String evidence = null;
        String owner = null;
        Integer recheckDays = null;
        Seen seen = new Seen(where);
        UnknownParts.Unknown mine = null;
        while (in.hasNext()) {
            String name = in.nextName();
            switch (name) {
                case "status" -> {
                    seen.known(name, 0);
                    status = known(where, name, StepStatus.class, STATUSES);
                }
                case "changedAt" -> {
                    seen.known(name, 1);
                    changedAt = instant(where, name);
                }
                case "note" -> {
                    seen.known(name, 2);
                    note = text(where, name);
                }
                case "evidence" -> {
                    seen.known(name, 3);
                    evidence = text(where, name);
                }
                case "owner" -> {
                    seen.known(name, 4);
                    owner = text(where, name);
                }
                case "recheckDays" -> {
                    seen.known(name, 5);
                    if (!isNull()) {
                        long days = whole(where, name);
                        if (days <= 0 || days > MAX_RECHECK_DAYS) {
                            throw problem("\"recheckDays\" of " + where.get() + " is " + days + ", but should be "
                                    + "a number of days from 1 to " + MAX_RECHECK_DAYS);
                        }
                        recheckDays = (int) days;
                    }
                }
                default -> {
                    seen.other(name);
                    mine = keepField(mine, name);
                }
            }
        }
        in.endObject();
        if (status == null || changedAt == null) {
            throw problem(where.get() + " has no " + (status == null ? "status" : "date (\"changedAt\")")
                    + ": a measure record needs a known status and a date");
        }
        lastUnknown = mine;
        return new MeasureRecord(status, changedAt, note, evidence, owner, recheckDays);
    }

    // ---- history

    private List<Change> history() throws IOException {
        Supplier<String> where = () -> "the file";
        if (!expect(JsonToken.BEGIN_ARRAY, where, "history", "a list", true)) {
            return null;
        }
        in.beginArray();
        List<Change> history = new ArrayList<>();
        while (in.hasNext()) {
            int index = history.size();
            Change change = change(index);
            UnknownParts.Kept kept = kept(change);
            if (kept != null) {
                unknown.history.put(index, kept);
            }
            history.add(change);
        }
        in.endArray();
        return history;
    }

    private Change change(int index) throws IOException {
        Supplier<String> where = () -> "entry " + (index + 1) + " of the history";
        if (!expect(JsonToken.BEGIN_OBJECT, where, null, "an object", false)) {
            throw problem(where.get() + " is null instead of a change");
        }
        in.beginObject();
        long action = 0;
        Instant at = null;
        ChangeKind kind = null;
        String accountId = null;
        String stepId = null;
        Account accountBefore = null;
        Account accountAfter = null;
        StepRecord before = null;
        StepRecord after = null;
        Profile profileBefore = null;
        Profile profileAfter = null;
        String linkedFrom = null;
        long undoes = 0;
        MeasureRecord measureBefore = null;
        MeasureRecord measureAfter = null;
        Seen seen = new Seen(where);
        UnknownParts.Unknown mine = null;
        while (in.hasNext()) {
            String name = in.nextName();
            Supplier<String> inside = () -> "\"" + name + "\" of " + where.get();
            switch (name) {
                case "action" -> {
                    seen.known(name, 0);
                    action = whole(where, name);
                }
                case "at" -> {
                    seen.known(name, 1);
                    at = instant(where, name);
                }
                case "kind" -> {
                    seen.known(name, 2);
                    kind = known(where, name, ChangeKind.class, KINDS);
                }
                case "accountId" -> {
                    seen.known(name, 3);
                    accountId = text(where, name);
                    if (accountId != null && !validAccountId(accountId)) {
                        throw problem(where.get() + " names the account " + quote(accountId) + ", which is not "
                                + "an account id NoTrain makes (a platform, a dash and a number, like \"facebook-1\")");
                    }
                }
                case "stepId" -> {
                    seen.known(name, 4);
                    stepId = text(where, name);
                    if (stepId != null && !validPlatformId(stepId)) {
                        throw problem(where.get() + " names the step " + quote(stepId) + ", which is not a step id "
                                + "(lower-case letters, digits and dashes)");
                    }
                }
                case "accountBefore" -> {
                    seen.known(name, 5);
                    accountBefore = isNull() ? null : account(inside, false);
                    mine = keepInside(mine, name, accountBefore);
                }
                case "accountAfter" -> {
                    seen.known(name, 6);
                    accountAfter = isNull() ? null : account(inside, false);
                    mine = keepInside(mine, name, accountAfter);
                }
                case "before" -> {
                    seen.known(name, 7);
                    before = record(inside);
                    mine = keepInside(mine, name, before);
                }
                case "after" -> {
                    seen.known(name, 8);
                    after = record(inside);
                    mine = keepInside(mine, name, after);
                }
                case "profileBefore" -> {
                    seen.known(name, 9);
                    profileBefore = isNull() ? null : profile(inside);
                    mine = keepInside(mine, name, profileBefore);
                }
                case "profileAfter" -> {
                    seen.known(name, 10);
                    profileAfter = isNull() ? null : profile(inside);
                    mine = keepInside(mine, name, profileAfter);
                }
                case "linkedFrom" -> {
                    seen.known(name, 11);
                    linkedFrom = text(where, name);
                    if (linkedFrom != null && !validAccountId(linkedFrom)) {
                        throw problem(where.get() + " is linked from " + quote(linkedFrom) + ", which is not "
                                + "an account id NoTrain makes");
                    }
                }
                case "undoes" -> {
                    seen.known(name, 12);
                    undoes = whole(where, name);
                }
                case "measureBefore" -> {
                    seen.known(name, 13);
                    measureBefore = measure(inside);
                    mine = keepInside(mine, name, measureBefore);
                }
                case "measureAfter" -> {
                    seen.known(name, 14);
                    measureAfter = measure(inside);
                    mine = keepInside(mine, name, measureAfter);
                }
                default -> {
                    seen.other(name);
                    mine = keepField(mine, name);
                }
            }
        }
        in.endObject();
        if (kind == null || at == null) {
            throw problem(where.get() + " has no " + (kind == null ? "kind" : "date (\"at\")")
                    + ": an entry of the history needs a known kind and a date");
        }
        lastUnknown = mine;
        return new Change(action, at, kind, accountId, stepId, accountBefore, accountAfter, before, after,
                profileBefore, profileAfter, linkedFrom, undoes, measureBefore, measureAfter);
    }

    // ---- profile, preferences

    /** The letters sent (docs/letters.md): few and small, so read as a tree and mapped whole. */
    private List<Letter> letters() throws IOException {
        JsonElement tree = JsonTree.read(in, MAX_UNKNOWN_DEPTH);
        if (tree.isJsonNull()) {
            return List.of();
        }
        if (!tree.isJsonArray()) {
            throw problem("\"letters\" is " + kind(tree) + " instead of a list of letters");
        }
        List<Letter> letters = new ArrayList<>();
        for (JsonElement element : tree.getAsJsonArray()) {
            String position = "the " + ordinal(letters.size() + 1) + " letter";
            Letter letter;
            try {
                letter = PLATFORM_GSON.fromJson(element, Letter.class);
            } catch (JsonParseException | IllegalStateException | IllegalArgumentException | NullPointerException e) {
                throw problem(position + ": " + GsonWords.explain(e));
            }
            if (letter == null || letter.accountId() == null || letter.kind() == null || letter.sentOn() == null
                    || letter.text() == null) {
                throw problem(position + " has no account, no known kind, no date sent or no text "
                        + "(a letter has no account, no known kind, no date sent or no text)");
            }
            JsonElement answer = element.getAsJsonObject().get("answer");
            if (letter.answer() == null && answer != null && !answer.isJsonNull()) {
                // Gson reads a value it does not know as no answer: the letter would lose its answer.
                throw problem("\"answer\" of " + position + " is " + quote(answer.isJsonPrimitive() ? answer.getAsString() : answer.toString()) + ", which this "
                        + "NoTrain does not know (it knows ACCEPTED, REFUSED); if a newer NoTrain wrote it, update "
                        + "NoTrain; otherwise correct it");
            }
            letters.add(letter);
        }
        JsonElement understood = PLATFORM_GSON.toJsonTree(letters);
        if (!understood.equals(tree)) {
            unknown.letters = new UnknownParts.KeptTree(understood, tree);
        }
        return List.copyOf(letters);
    }

    /**
     * Colleagues' reports (docs/team.md): a few hundred accounts at most, so read as a tree and mapped
     * whole, each checked as an import checks it; what a newer NoTrain added to one is kept.
     */
    private List<TeamSnapshot> team() throws IOException {
        JsonElement tree = JsonTree.read(in, MAX_UNKNOWN_DEPTH);
        if (tree.isJsonNull()) {
            return List.of();
        }
        if (!tree.isJsonArray()) {
            throw problem("\"team\" is " + kind(tree) + " instead of a list of colleagues' reports");
        }
        List<TeamSnapshot> team = new ArrayList<>();
        Map<String, Integer> people = new HashMap<>();
        for (JsonElement element : tree.getAsJsonArray()) {
            int index = team.size();
            String position = "the " + ordinal(index + 1) + " colleague's report in \"team\"";
            if (!element.isJsonObject()) {
                throw problem(position + " is " + kind(element) + " instead of an object");
            }
            TeamSnapshot snapshot;
            try {
                snapshot = PLATFORM_GSON.fromJson(element, TeamSnapshot.class);
            } catch (RuntimeException e) {
                throw problem(position + ": " + GsonWords.explain(e));
            }
            String named = snapshot.person() == null ? position : position + " (" + quote(snapshot.person()) + ")";
            String missing = TeamSnapshotCheck.missing(snapshot);
            if (missing != null) {
                throw problem(named + " has no " + missing + "; NoTrain keeps every one it imports");
            }
            String outside = TeamSnapshotCheck.dateOutside(snapshot);
            if (outside != null) {
                throw problem("\"" + outside + "\" in " + named + " is outside the years " + StoreDates.FIRST_YEAR
                        + " to " + StoreDates.LAST_YEAR);
            }
            Integer earlier = people.putIfAbsent(TeamSnapshot.personKey(snapshot.person()), index);
            if (earlier != null) {
                throw problem(named + " is of the same person as the " + ordinal(earlier + 1) + "; NoTrain keeps "
                        + "one report per person: delete the older one");
            }
            JsonElement understood = PLATFORM_GSON.toJsonTree(snapshot);
            if (!understood.equals(element)) {
                unknown.team.put(TeamSnapshot.personKey(snapshot.person()),
                        new UnknownParts.KeptSnapshot(snapshot, understood, element.getAsJsonObject()));
            }
            team.add(snapshot);
        }
        return List.copyOf(team);
    }

    private Profile profile(Supplier<String> where) throws IOException {
        if (!expect(JsonToken.BEGIN_OBJECT, where, null, "an object with a region, an age and a use", false)) {
            throw problem(where.get() + " is null");
        }
        in.beginObject();
        Region region = null;
        boolean adult = false;
        UseKind use = null;
        Sender sender = null;
        String organisation = null;
        String author = null;
        Seen seen = new Seen(where);
        UnknownParts.Unknown mine = null;
        while (in.hasNext()) {
            String name = in.nextName();
            switch (name) {
                case "region" -> {
                    seen.known(name, 0);
                    region = known(where, name, Region.class, REGIONS);
                }
                case "adult" -> {
                    seen.known(name, 1);
                    adult = bool(where, name, false);
                }
                case "use" -> {
                    seen.known(name, 2);
                    use = known(where, name, UseKind.class, USES);
                }
                case "sender" -> {
                    seen.known(name, 3);
                    JsonElement tree = JsonTree.read(in, MAX_UNKNOWN_DEPTH);
                    try {
                        sender = tree.isJsonNull() ? null : PLATFORM_GSON.fromJson(tree, Sender.class);
                    } catch (JsonParseException | IllegalStateException e) {
                        throw problem(where.get() + ": the sender of letters: " + GsonWords.explain(e));
                    }
                    mine = keepSenderFields(mine, tree);
                }
                case "organisation" -> {
                    seen.known(name, 4);
                    organisation = text(where, name);
                }
                case "author" -> {
                    seen.known(name, 5);
                    author = text(where, name);
                }
                default -> {
                    seen.other(name);
                    mine = keepField(mine, name);
                }
            }
        }
        in.endObject();
        if (region == null || use == null) {
            throw problem(where.get() + " has no known " + (region == null ? "region" : "use")
                    + ": the profile has no known region or use");
        }
        lastUnknown = mine;
        return new Profile(region, adult, use, sender, organisation, author);
    }

    private Preferences preferences() throws IOException {
        Supplier<String> where = () -> "the preferences";
        if (!expect(JsonToken.BEGIN_OBJECT, where, null, "an object", false)) {
            return null;
        }
        in.beginObject();
        Language language = null;
        boolean dark = false;
        String exportFolder = null;
        String exportFormat = null;
        String theme = null;
        String textSize = null;
        Seen seen = new Seen(where);
        UnknownParts.Unknown mine = null;
        while (in.hasNext()) {
            String name = in.nextName();
            switch (name) {
                case "language" -> {
                    seen.known(name, 0);
                    String code = text(where, name);
                    language = code == null ? null : LANGUAGES.get(code);
                    if (code != null && language == null) {
                        // A language a newer NoTrain speaks: this one shows its default, and keeps the choice.
                        mine = mine == null ? new UnknownParts.Unknown() : mine;
                        mine.values.put(name, new JsonPrimitive(code));
                    }
                }
                case "darkTheme" -> {
                    seen.known(name, 1);
                    dark = bool(where, name, false);
                }
                case "exportFolder" -> {
                    seen.known(name, 2);
                    exportFolder = text(where, name);
                }
                case "exportFormat" -> {
                    seen.known(name, 3);
                    exportFormat = text(where, name);
                }
                case "theme" -> {
                    seen.known(name, 4);
                    theme = text(where, name);
                }
                case "textSize" -> {
                    seen.known(name, 5);
                    textSize = text(where, name);
                }
                default -> {
                    seen.other(name);
                    mine = keepField(mine, name);
                }
            }
        }
        in.endObject();
        lastUnknown = mine;
        return new Preferences(language, dark, exportFolder, exportFormat, theme, textSize);
    }

    // ---- platforms of the user's own

    private List<Platform> customPlatforms() throws IOException {
        Supplier<String> where = () -> "the file";
        if (!expect(JsonToken.BEGIN_ARRAY, where, "customPlatforms", "a list", false)) {
            return null;
        }
        in.beginArray();
        List<Platform> platforms = new ArrayList<>();
        while (in.hasNext()) {
            int index = platforms.size();
            String position = "your " + ordinal(index + 1) + " platform of your own";
            JsonElement tree = JsonTree.read(in, MAX_UNKNOWN_DEPTH);
            if (!tree.isJsonObject()) {
                throw problem(position + " is " + kind(tree) + " instead of a platform");
            }
            JsonObject raw = tree.getAsJsonObject();
            JsonElement name = raw.get("name");
            String named = name != null && name.isJsonPrimitive() ? "your own platform " + quote(name.getAsString())
                    : position;
            JsonObject understandable = raw.deepCopy();
            boolean newerValues = replaceUnknownDevices(understandable);
            Platform platform;
            try {
                platform = PLATFORM_GSON.fromJson(understandable, Platform.class);
            } catch (JsonParseException | IllegalStateException | IllegalArgumentException | NullPointerException e) {
                throw problem(named + ": " + GsonWords.explain(e));
            }
            if (platform == null || platform.id() == null) {
                throw problem(named + " has no id");
            }
            JsonElement understoodTree = PLATFORM_GSON.toJsonTree(platform);
            if (newerValues || !understoodTree.equals(raw)) {
                unknown.platforms.put(platform.id(), new UnknownParts.KeptPlatform(platform, understoodTree, raw));
            }
            platforms.add(platform);
        }
        in.endArray();
        return platforms;
    }

    /** Devices a newer NoTrain knows (a "FRIDGE") read as {@link Device#ALL}: the step is shown everywhere. */
    private static boolean replaceUnknownDevices(JsonElement element) {
        boolean replaced = false;
        if (element.isJsonObject()) {
            for (Map.Entry<String, JsonElement> member : element.getAsJsonObject().entrySet()) {
                JsonElement value = member.getValue();
                if (member.getKey().equals("device") && value.isJsonPrimitive()
                        && !DEVICES.containsKey(value.getAsString())) {
                    member.setValue(new JsonPrimitive(Device.ALL.name()));
                    replaced = true;
                } else {
                    replaced |= replaceUnknownDevices(value);
                }
            }
        } else if (element.isJsonArray()) {
            for (JsonElement item : element.getAsJsonArray()) {
                replaced |= replaceUnknownDevices(item);
            }
        }
        return replaced;
    }

    // ---- values

    private UnknownParts.Unknown keepField(UnknownParts.Unknown mine, String name) throws IOException {
        UnknownParts.Unknown parts = mine == null ? new UnknownParts.Unknown() : mine;
        parts.fields.put(name, JsonTree.read(in, MAX_UNKNOWN_DEPTH));
        return parts;
    }

    /** The sender's fields this NoTrain does not know, kept inside the profile's unknown parts. */
    private static UnknownParts.Unknown keepSenderFields(UnknownParts.Unknown mine, JsonElement sender) {
        if (!sender.isJsonObject()) {
            return mine;
        }
        UnknownParts.Unknown parts = null;
        for (Map.Entry<String, JsonElement> field : sender.getAsJsonObject().entrySet()) {
            if (!SENDER_FIELDS.contains(field.getKey())) {
                parts = parts == null ? new UnknownParts.Unknown() : parts;
                parts.fields.put(field.getKey(), field.getValue());
            }
        }
        if (parts == null) {
            return mine;
        }
        UnknownParts.Unknown outer = mine == null ? new UnknownParts.Unknown() : mine;
        outer.inside.put("sender", new UnknownParts.Kept(null, parts));
        return outer;
    }

    private UnknownParts.Unknown keepInside(UnknownParts.Unknown mine, String name, Object value) {
        UnknownParts.Unknown inner = lastUnknown;
        lastUnknown = null;
        if (inner == null) {
            return mine;
        }
        UnknownParts.Unknown parts = mine == null ? new UnknownParts.Unknown() : mine;
        parts.inside.put(name, new UnknownParts.Kept(value, inner));
        return parts;
    }

    private boolean isNull() throws IOException {
        if (in.peek() == JsonToken.NULL) {
            in.nextNull();
            return true;
        }
        return false;
    }

    /** True when the next value is {@code token}; false (consumed) when it is null and that is allowed. */
    private boolean expect(JsonToken token, Supplier<String> where, String field, String wanted, boolean required)
            throws IOException {
        JsonToken found = in.peek();
        if (found == token) {
            return true;
        }
        String what = field == null ? where.get() : "\"" + field + "\" in " + where.get();
        if (found == JsonToken.NULL) {
            in.nextNull();
            if (required) {
                throw problem(what + " is null, but should be " + wanted);
            }
            return false;
        }
        throw problem(what + " is " + kind(found) + ", but should be " + wanted);
    }

    private String text(Supplier<String> where, String field) throws IOException {
        JsonToken token = in.peek();
        if (token == JsonToken.STRING) {
            return in.nextString();
        }
        if (token == JsonToken.NULL) {
            in.nextNull();
            return null;
        }
        throw problem("\"" + field + "\" of " + where.get() + " is " + kind(token) + ", but should be text");
    }

    private boolean bool(Supplier<String> where, String field, boolean absent) throws IOException {
        JsonToken token = in.peek();
        if (token == JsonToken.BOOLEAN) {
            return in.nextBoolean();
        }
        if (token == JsonToken.NULL) {
            in.nextNull();
            return absent;
        }
        throw problem("\"" + field + "\" of " + where.get() + " is " + kind(token) + ", but should be true or false");
    }

    private long whole(Supplier<String> where, String field) throws IOException {
        JsonToken token = in.peek();
        if (token == JsonToken.NUMBER) {
            String digits = in.nextString();
            if (WHOLE.matcher(digits).matches()) {
                return Long.parseLong(digits);
            }
            throw problem("\"" + field + "\" of " + where.get() + " is " + clip(digits) + ", but should be a whole number");
        }
        throw problem("\"" + field + "\" of " + where.get() + " is " + kind(token) + ", but should be a whole number");
    }

    private Instant instant(Supplier<String> where, String field) throws IOException {
        String text = text(where, field);
        if (text == null) {
            return null;
        }
        Instant instant;
        try {
            instant = StoreDates.parseInstant(text);
        } catch (DateTimeParseException e) {
            throw problem("\"" + field + "\" of " + where.get() + " is " + quote(text) + ", which is not a date and "
                    + "time like \"2026-11-22T10:00:00Z\"");
        }
        if (!StoreDates.inRange(instant)) {
            throw problem("\"" + field + "\" of " + where.get() + " is " + quote(text) + ", outside the years "
                    + StoreDates.FIRST_YEAR + " to " + StoreDates.LAST_YEAR);
        }
        return instant;
    }

    private LocalDate date(Supplier<String> where, String field) throws IOException {
        String text = text(where, field);
        if (text == null) {
            return null;
        }
        LocalDate date;
        try {
            date = StoreDates.parseDate(text);
        } catch (DateTimeParseException e) {
            throw problem("\"" + field + "\" of " + where.get() + " is " + quote(text) + ", which is not a date like "
                    + "\"2026-11-22\"");
        }
        if (!StoreDates.inRange(date)) {
            throw problem("\"" + field + "\" of " + where.get() + " is " + quote(text) + ", outside the years "
                    + StoreDates.FIRST_YEAR + " to " + StoreDates.LAST_YEAR);
        }
        return date;
    }

    private <E extends Enum<E>> E known(Supplier<String> where, String field, Class<E> type, Map<String, E> values)
            throws IOException {
        String text = text(where, field);
        if (text == null) {
            return null;
        }
        E value = values.get(text);
        if (value == null) {
            throw problem("\"" + field + "\" of " + where.get() + " is " + quote(text) + ", which this NoTrain does "
                    + "not know (it knows " + String.join(", ", values.keySet()) + "); if a newer NoTrain wrote it, "
                    + "update NoTrain; otherwise correct it");
        }
        return value;
    }

    // ---- words

    private String described(String accountId) {
        Account account = accountsById.get(accountId);
        return account == null ? "" : " (" + describe(account) + ")";
    }

    private static String describe(Account account) {
        return quote(account.label()) + " on " + account.platformId();
    }

    static String quote(String text) {
        return "\"" + clip(text) + "\"";
    }

    /** At most 40 characters, without control, format or line characters (they could hide or fake text). */
    static String clip(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return shown.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", "?");
    }

    static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th"
                : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
        return n + suffix;
    }

    static String kind(JsonToken token) {
        return switch (token) {
            case BEGIN_ARRAY -> "a list";
            case BEGIN_OBJECT -> "an object";
            case STRING -> "text";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case NULL -> "null";
            default -> "missing";
        };
    }

    private static String kind(JsonElement element) {
        if (element.isJsonNull()) {
            return "null";
        }
        if (element.isJsonArray()) {
            return "a list";
        }
        if (element.isJsonObject()) {
            return "an object";
        }
        JsonPrimitive primitive = element.getAsJsonPrimitive();
        return primitive.isBoolean() ? "true or false" : primitive.isNumber() ? "a number" : "text";
    }

    /** Lower-case letters and digits in groups joined by single dashes, like the catalog's ids. */
    static boolean validPlatformId(String id) {
        return id.length() <= MAX_ID_LENGTH && slugEnd(id, id.length());
    }

    /** A platform id, a dash and a number from 1 (no leading zero), as the app makes them. */
    static boolean validAccountId(String id) {
        int dash = id.lastIndexOf('-');
        int digits = id.length() - dash - 1;
        if (id.length() > MAX_ID_LENGTH || dash < 1 || digits < 1 || digits > 9 || id.charAt(dash + 1) == '0') {
            return false;
        }
        for (int i = dash + 1; i < id.length(); i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                return false;
            }
        }
        return slugEnd(id, dash);
    }

    /** Whether {@code id[0, end)} is lower-case letters and digits joined by single dashes. */
    private static boolean slugEnd(String id, int end) {
        if (end == 0 || id.charAt(0) == '-' || id.charAt(end - 1) == '-') {
            return false;
        }
        for (int i = 0; i < end; i++) {
            char c = id.charAt(i);
            boolean letterOrDigit = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (!letterOrDigit && (c != '-' || id.charAt(i - 1) == '-')) {
                return false;
            }
        }
        return true;
    }

    private static ContentProblem problem(String message) {
        return new ContentProblem(message + FIX);
    }

    private static final java.util.Set<String> SENDER_FIELDS = java.util.Arrays.stream(Sender.class.getRecordComponents())
            .map(java.lang.reflect.RecordComponent::getName).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Map<String, StepStatus> STATUSES = byName(StepStatus.values());
    private static final Map<String, ChangeKind> KINDS = byName(ChangeKind.values());
    private static final Map<String, Region> REGIONS = byName(Region.values());
    private static final Map<String, UseKind> USES = byName(UseKind.values());
    private static final Map<String, Language> LANGUAGES = byName(Language.values());

    private static <E extends Enum<E>> Map<String, E> byName(E[] values) {
        Map<String, E> map = new LinkedHashMap<>();
        Arrays.stream(values).forEach(v -> map.put(v.name(), v));
        return map;
    }

    /** The fields of one object read so far: a field that appears twice makes the file damaged. */
    private static final class Seen {
        private final Supplier<String> where;
        private int known;
        private java.util.Set<String> others;

        Seen(Supplier<String> where) {
            this.where = where;
        }

        void known(String name, int bit) throws ContentProblem {
            if ((known & (1 << bit)) != 0) {
                throw twice(name);
            }
            known |= 1 << bit;
        }

        void other(String name) throws ContentProblem {
            if (others == null) {
                others = new java.util.HashSet<>();
            }
            if (!others.add(name)) {
                throw twice(name);
            }
        }

        private ContentProblem twice(String name) {
            return new ContentProblem("the field " + quote(name) + " appears twice in " + where.get()
                    + "; a file NoTrain wrote never has that, so it was changed by hand or damaged: keep the "
                    + "right one and delete the other, or restore a backup");
        }
    }
}
