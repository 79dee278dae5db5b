package app.notrain.report;

import app.notrain.progress.ProgressBook;
import app.notrain.progress.Protection;
import app.notrain.progress.StepStatus;
import app.notrain.progress.TeamSnapshot;
import app.notrain.progress.TeamSnapshot.TeamAccount;
import app.notrain.progress.TeamSnapshot.TeamStep;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a colleague's JSON report ({@link JsonReport}, docs/report-format.md) into a
 * {@link TeamSnapshot}, strictly: a file that is not a NoTrain report, a damaged one, one from a newer
 * (or too old) format, or one older than the snapshot already kept for that person is refused with
 * its reason, and nothing changes. Several files are checked together before any is kept: one refused
 * file keeps them all out (docs/team.md).
 */
public final class TeamImport {
    /** Far more than a report of 10,000 accounts takes; a bigger file is not one. */
    static final long MAX_BYTES = 256L * 1024 * 1024;
    /** The oldest report format with what a roll-up needs: the person's name and the export's time. */
    static final int OLDEST_FORMAT = 3;
    private static final int FIRST_YEAR = 1000;
    private static final int LAST_YEAR = 9999;

    /** Why a file was refused; each has its sentence, {@code team.refused.<NAME>}, in the bundles. */
    public enum Problem {
        /** The file is missing or cannot be read. */
        UNREADABLE,
        /** Not JSON, or not UTF-8 text. */
        NOT_JSON,
        /** JSON, but not a NoTrain report. */
        NOT_A_REPORT,
        /** From a newer NoTrain: update this one. */
        NEWER_FORMAT,
        /** From a NoTrain before the roll-up: the report has no person or export time. */
        OLDER_FORMAT,
        /** A NoTrain report with a field missing or of the wrong kind. */
        DAMAGED,
        /** The report names nobody: export it again with a name. */
        NO_PERSON,
        /** Older than the report already kept for that person. */
        OLDER_THAN_KEPT
    }

    /** A file refused; {@code detail} says where (a field, a line), or is empty. */
    public static final class Refused extends Exception {
        private final Path file;
        private final Problem problem;
        private final String detail;

        Refused(Path file, Problem problem, String detail) {
            super(file + ": " + problem + (detail.isEmpty() ? "" : " (" + detail + ")"));
            this.file = file;
            this.problem = problem;
            this.detail = detail;
        }

        public Path file() {
            return file;
        }

        public Problem problem() {
            return problem;
        }

        public String detail() {
            return detail;
        }

        /** Which file, what is wrong with it and what to do, in the language of {@code messages}. */
        public String inWords(app.notrain.i18n.Messages messages) {
            return messages.get("team.refused." + problem.name(), file, detail, detail.isEmpty() ? "" : " (" + detail + ")");
        }
    }

    /** What importing a file does: adds a person, replaces their older report, or nothing (the same report). */
    public enum Outcome { ADDED, REPLACED, UNCHANGED }

    /** A file that passed, what it holds, and what keeping it does. */
    public record Checked(Path file, TeamSnapshot snapshot, Outcome outcome) {
    }

    private final Path file;

    private TeamImport(Path file) {
        this.file = file;
    }

    /**
     * Checks every file, then keeps them all in {@code book} (each person's newest wins), or throws
     * for the first refused one and changes nothing.
     */
    public static List<Checked> importAll(ProgressBook book, List<Path> files, Instant importedAt) throws Refused {
        List<Checked> checked = check(book, files, importedAt);
        keep(book, checked);
        return checked;
    }

    /** Keeps what {@link #check} accepted, oldest export first, so that each person's newest stays. */
    public static void keep(ProgressBook book, List<Checked> checked) {
        checked.stream().filter(c -> c.outcome() != Outcome.UNCHANGED)
                .sorted(Comparator.comparing(c -> c.snapshot().exportedAt()))
                .forEach(c -> book.putTeamSnapshot(c.snapshot()));
    }

    /** What {@link #importAll} would do, without doing it; in the order the files were given. */
    public static List<Checked> check(ProgressBook book, List<Path> files, Instant importedAt) throws Refused {
        List<Checked> read = new ArrayList<>();
        for (Path f : files) {
            read.add(new Checked(f, read(f, importedAt), null));
        }
        // Each person's reports oldest first: the newest of the batch is the one kept.
        Map<String, TeamSnapshot> kept = new LinkedHashMap<>();
        book.team().forEach(s -> kept.put(TeamSnapshot.personKey(s.person()), s));
        List<Checked> byTime = new ArrayList<>(read);
        byTime.sort(Comparator.comparing(c -> c.snapshot().exportedAt()));
        Map<Checked, Outcome> outcomes = new java.util.IdentityHashMap<>();
        for (Checked c : byTime) {
            TeamSnapshot before = kept.get(TeamSnapshot.personKey(c.snapshot().person()));
            Outcome outcome;
            if (before == null) {
                outcome = Outcome.ADDED;
            } else if (c.snapshot().exportedAt().isAfter(before.exportedAt())) {
                outcome = Outcome.REPLACED;
            } else if (c.snapshot().exportedAt().equals(before.exportedAt())) {
                outcome = Outcome.UNCHANGED;
            } else {
                throw new Refused(c.file(), Problem.OLDER_THAN_KEPT, before.exportedAt().toString());
            }
            if (outcome != Outcome.UNCHANGED) {
                kept.put(TeamSnapshot.personKey(c.snapshot().person()), c.snapshot());
            }
            outcomes.put(c, outcome);
        }
        return read.stream().map(c -> new Checked(c.file(), c.snapshot(), outcomes.get(c))).toList();
    }

    /** The snapshot {@code file} holds, or the reason it is refused. Reads, never writes. */
    public static TeamSnapshot read(Path file, Instant importedAt) throws Refused {
        return new TeamImport(file).snapshot(parse(file), importedAt);
    }

    private static JsonObject parse(Path file) throws Refused {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new Refused(file, Problem.NOT_A_REPORT, "larger than " + MAX_BYTES / (1024 * 1024) + " MB");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new Refused(file, Problem.UNREADABLE, "no such file");
        } catch (IOException e) {
            throw new Refused(file, Problem.UNREADABLE, e.getMessage() == null ? "" : e.getMessage());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Refused(file, Problem.NOT_JSON, "not UTF-8 text");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        JsonElement root;
        try (Reader in = new java.io.StringReader(text)) {
            JsonReader reader = new JsonReader(in);
            reader.setStrictness(Strictness.STRICT);
            root = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new Refused(file, Problem.NOT_JSON, "text after the end of the data");
            }
        } catch (JsonParseException | IllegalStateException | IOException | StackOverflowError e) {
            throw new Refused(file, Problem.NOT_JSON, plain(e));
        }
        if (!root.isJsonObject()) {
            throw new Refused(file, Problem.NOT_A_REPORT, "");
        }
        return root.getAsJsonObject();
    }

    private TeamSnapshot snapshot(JsonObject report, Instant importedAt) throws Refused {
        JsonElement format = report.get("format");
        if (format == null || !format.isJsonPrimitive() || !"notrain-report".equals(format.getAsString())) {
            throw new Refused(file, Problem.NOT_A_REPORT, "");
        }
        int version = (int) whole(report, "formatVersion", "the report");
        if (version > JsonReport.FORMAT_VERSION) {
            throw new Refused(file, Problem.NEWER_FORMAT, String.valueOf(version));
        }
        if (version < OLDEST_FORMAT) {
            throw new Refused(file, Problem.OLDER_FORMAT, String.valueOf(version));
        }
        String person = text(report, "person", "the report");
        if (person == null || person.isBlank()) {
            throw new Refused(file, Problem.NO_PERSON, "");
        }
        Instant exportedAt = required(report, "exportedAt", "the report", this::instant);
        LocalDate asOf = required(report, "asOf", "the report", this::date);
        String catalogVersion = text(report, "catalogVersion", "the report");
        LocalDate catalogDate = optional(report, "catalogDate", "the report", this::date);
        List<TeamAccount> accounts = new ArrayList<>();
        JsonArray owners = array(report, "owners", "the report");
        for (int o = 0; o < owners.size(); o++) {
            String ownerWhere = "owner " + (o + 1);
            JsonObject owner = object(owners.get(o), ownerWhere);
            JsonArray list = array(owner, "accounts", ownerWhere);
            for (int a = 0; a < list.size(); a++) {
                accounts.add(account(object(list.get(a), "account " + (a + 1) + " of " + ownerWhere),
                        "account " + (a + 1) + " of " + ownerWhere));
            }
        }
        return new TeamSnapshot(person.strip(), exportedAt, asOf, catalogVersion, catalogDate, importedAt, accounts);
    }

    private TeamAccount account(JsonObject a, String where) throws Refused {
        List<TeamStep> steps = new ArrayList<>();
        JsonArray list = array(a, "steps", where);
        for (int i = 0; i < list.size(); i++) {
            String stepWhere = "step " + (i + 1) + " of " + where;
            JsonObject s = object(list.get(i), stepWhere);
            steps.add(new TeamStep(requiredText(s, "id", stepWhere), text(s, "title", stepWhere),
                    required(s, "status", stepWhere, v -> known(v, StepStatus::valueOf)),
                    optional(s, "changed", stepWhere, this::date), optional(s, "due", stepWhere, this::date),
                    text(s, "note", stepWhere), text(s, "evidence", stepWhere)));
        }
        return new TeamAccount(requiredText(a, "id", where), requiredText(a, "platformId", where),
                requiredText(a, "platform", where), requiredText(a, "label", where), text(a, "group", where),
                required(a, "protection", where, v -> known(v, Protection::valueOf)),
                optional(a, "protectedOn", where, this::date), steps);
    }

    // ---- fields

    private interface Value<T> {
        T of(String text) throws IllegalArgumentException, DateTimeException;
    }

    private <T> T required(JsonObject o, String field, String where, Value<T> value) throws Refused {
        T found = optional(o, field, where, value);
        if (found == null) {
            throw damaged("\"" + field + "\" of " + where + " is missing");
        }
        return found;
    }

    private <T> T optional(JsonObject o, String field, String where, Value<T> value) throws Refused {
        String text = text(o, field, where);
        if (text == null) {
            return null;
        }
        try {
            return value.of(text);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw damaged("\"" + field + "\" of " + where + " is \"" + clip(text) + "\", which this NoTrain cannot read");
        }
    }

    private String requiredText(JsonObject o, String field, String where) throws Refused {
        String text = text(o, field, where);
        if (text == null) {
            throw damaged("\"" + field + "\" of " + where + " is missing");
        }
        return text;
    }

    private String text(JsonObject o, String field, String where) throws Refused {
        JsonElement e = o.get(field);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
            return e.getAsString();
        }
        throw damaged("\"" + field + "\" of " + where + " should be text");
    }

    private long whole(JsonObject o, String field, String where) throws Refused {
        JsonElement e = o.get(field);
        if (e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()) {
            JsonPrimitive p = e.getAsJsonPrimitive();
            try {
                return new java.math.BigDecimal(p.getAsString()).intValueExact();
            } catch (ArithmeticException | NumberFormatException ignored) {
                // told below
            }
        }
        throw damaged("\"" + field + "\" of " + where + " should be a whole number");
    }

    private JsonArray array(JsonObject o, String field, String where) throws Refused {
        JsonElement e = o.get(field);
        if (e == null || !e.isJsonArray()) {
            throw damaged("\"" + field + "\" of " + where + " should be a list");
        }
        return e.getAsJsonArray();
    }

    private JsonObject object(JsonElement e, String where) throws Refused {
        if (!e.isJsonObject()) {
            throw damaged(where + " should be an object");
        }
        return e.getAsJsonObject();
    }

    private Instant instant(String text) {
        Instant instant = Instant.parse(text);
        inRange(LocalDate.ofInstant(instant, java.time.ZoneOffset.UTC));
        return instant;
    }

    private LocalDate date(String text) {
        return inRange(LocalDate.parse(text));
    }

    /** The years the progress file accepts: a snapshot kept there must load again. */
    private static LocalDate inRange(LocalDate day) {
        if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
            throw new DateTimeException("outside the years " + FIRST_YEAR + " to " + LAST_YEAR);
        }
        return day;
    }

    private static <E extends Enum<E>> E known(String text, Function<String, E> valueOf) {
        return valueOf.apply(text);
    }

    private Refused damaged(String detail) {
        return new Refused(file, Problem.DAMAGED, detail);
    }

    /** Gson's words without its class names, JSON path and link: "End of input at line 2 column 1". */
    private static String plain(Throwable e) {
        Throwable cause = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause() : e;
        String message = String.valueOf(cause.getMessage());
        int seeAlso = message.indexOf("\nSee ");
        message = seeAlso < 0 ? message : message.substring(0, seeAlso);
        return clip(message.replaceFirst("^[\\w.$]+(Exception|Error): ", "").replaceFirst(" path \\S*$", ""));
    }

    private static String clip(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return shown.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", "?");
    }
}
