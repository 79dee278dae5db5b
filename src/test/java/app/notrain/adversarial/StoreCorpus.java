package app.notrain.adversarial;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Thousands of damaged and unusual store files, all derived from one valid document that the real
 * writer produced: cut at structural points, bytes flipped, every field given each wrong type,
 * keys doubled, nesting and strings made huge, bad UTF-8, byte order marks, NULs, lone surrogates,
 * numbers and dates out of range, unknown fields and values, ids that are not ids, JSON that is
 * not quite JSON. Seeded: the same seed and scale always give the same files.
 */
final class StoreCorpus {

    /** One file of the corpus: which family of damage, what exactly, the bytes. */
    record Entry(String family, String what, byte[] bytes) {
    }

    /** Stands for raw text spliced into a rendered document (a value Gson would not write). */
    private static final String RAW = "\u0001raw\u0001";
    /** Stands for a second member of the same name (Gson's trees cannot hold one). */
    private static final String TWIN = "\u0002twin\u0002";
    private static final String[] WRONG_VALUES = {"null", "true", "0", "-1", "1.5", "\"\"", "\"text\"", "[]", "{}",
            "[1,\"a\"]", "{\"a\":1}"};
    private static final String[] NUMBERS = {"1e400", "-1e400", "9223372036854775808", "-9223372036854775809",
            "2147483648", "1.5", "1e2", "1E0", "-0", "0.0", "NaN", "Infinity", "-Infinity", "0x10", "012", "+1", ".5",
            "1.", "99999999999999999999999999999999999999", "1e-400"};
    private static final String[] INSTANTS = {"+1000000000-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z",
            "0000-01-01T00:00:00Z", "0999-12-31T23:59:59Z", "1000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z",
            "+10000-01-01T00:00:00Z", "2025-02-30T00:00:00Z", "2025-13-01T00:00:00Z", "2025-05-01T25:00:00Z",
            "2025-05-01T10:00:00+02:00", "2025-05-01T10:00:00.000Z", "2025-05-01", "2025-05-01T10:00:00", "",
            "now", "1735689600", "2025-05-01T10:00:00Z\u0000"};
    private static final String[] DAYS = {"+999999999-12-31", "-999999999-01-01", "0000-01-01", "0999-12-31",
            "1000-01-01", "9999-12-31", "+10000-01-01", "2025-02-29", "2024-02-29", "2025-5-1", "01/05/2025",
            "2025-05-01T00:00:00Z", "", "tomorrow"};
    private static final String[] ENUM_VALUES = {"FRIDGE", "", "done", "DONE ", "Done", "\u0000", "TODO\u200B"};
    private static final String[] IDS = {"../../etc/passwd", "x-0", "x-01", "X-1", "x-", "-1", "x 1", "x-1\u0000",
            "x-99999999999999999999", "", "x/1", "x-１"};
    private static final String[] UNKNOWN_VALUES = {"\"from NoTrain 9\"", "2.50", "-0.0", "1e3", "true", "null",
            "[1,2.50,{\"deep\":null}]", "{\"nested\":{\"list\":[\"a\",{}]}}", "\"\\u0000\\uFFFF \\\\ \\\" ☃\"",
            "[]", "{}"};
    private static final byte[][] BAD_UTF8 = {{(byte) 0xC0, (byte) 0x80}, {(byte) 0xC1, (byte) 0xBF},
            {(byte) 0xE0, (byte) 0x80, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80,
            (byte) 0x80, (byte) 0x80}, {(byte) 0xFF}, {(byte) 0xFE}, {(byte) 0x80}, {(byte) 0xC3},
            {(byte) 0xE2, (byte) 0x82}, {(byte) 0xED, (byte) 0xB0, (byte) 0x80, (byte) 0xED, (byte) 0xA0, (byte) 0x80}};

    private final byte[] base;
    private final JsonObject tree;
    private final List<List<Object>> paths;
    private final Random random;
    private final int scale;
    private final List<Entry> entries = new ArrayList<>();

    private StoreCorpus(byte[] base, long seed, int scale) {
        this.base = base;
        this.tree = JsonParser.parseString(new String(base, UTF_8)).getAsJsonObject();
        this.paths = JsonPaths.all(tree);
        this.random = new Random(seed);
        this.scale = scale;
    }

    /**
     * The corpus for {@code base} (a whole store as the writer wrote it). {@code scale} 1 gives a few
     * thousand files; the sampled families grow with it, the exhaustive ones stay as they are.
     */
    static List<Entry> generate(byte[] base, long seed, int scale) {
        StoreCorpus corpus = new StoreCorpus(base, seed, scale);
        corpus.blank();
        corpus.truncated();
        corpus.flipped();
        corpus.wrongTypes();
        corpus.duplicateKeys();
        corpus.deep();
        corpus.huge();
        corpus.badUtf8();
        corpus.byteOrderMarks();
        corpus.nuls();
        corpus.surrogates();
        corpus.numbers();
        corpus.dates();
        corpus.unknownFields();
        corpus.unknownValues();
        corpus.ids();
        corpus.schemaVersions();
        corpus.notQuiteJson();
        corpus.spliced();
        return corpus.entries;
    }

    private void add(String family, String what, byte[] bytes) {
        entries.add(new Entry(family, what, bytes));
    }

    private void add(String family, String what, String text) {
        add(family, what, text.getBytes(UTF_8));
    }

    // --- families ----------------------------------------------------------------------------

    private void blank() {
        for (String text : List.of("", " ", "\n\t \r\n", "\uFEFF", "null", "true", "0", "[]", "{}", "\"text\"", "[{}]",
                "{\"schemaVersion\":" + version() + "}", "{", "}", "\"", "{\"schemaVersion\"")) {
            add("empty or trivial", printable(text), text);
        }
        add("empty or trivial", "4096 zero bytes (a file zeroed by a crash)", new byte[4096]);
    }

    /** Cut just before and just after structural characters (every one, or an even sample of them). */
    private void truncated() {
        List<Integer> points = new ArrayList<>();
        for (int i = 0; i < base.length; i++) {
            if ("{}[],:\"\\".indexOf(base[i]) >= 0 || (base[i] & 0xC0) == 0x80) { // also inside UTF-8 sequences
                points.add(i);
            }
        }
        int wanted = 400 * scale;
        double stride = Math.max(1.0, points.size() / (double) wanted);
        for (double d = random.nextDouble() * stride; d < points.size(); d += stride) {
            int at = points.get((int) d);
            int cut = random.nextBoolean() ? at : at + 1;
            add("truncated", "cut to " + cut + " of " + base.length + " bytes", Arrays.copyOf(base, cut));
        }
        add("truncated", "last byte missing", Arrays.copyOf(base, base.length - 1));
    }

    private void flipped() {
        for (int n = 0; n < 200 * scale; n++) {
            byte[] bytes = base.clone();
            int flips = 1 + random.nextInt(n % 5 == 0 ? 8 : 1);
            StringBuilder what = new StringBuilder();
            for (int f = 0; f < flips; f++) {
                int at = random.nextInt(bytes.length);
                int bit = random.nextInt(8);
                bytes[at] ^= (byte) (1 << bit);
                what.append(f == 0 ? "" : ", ").append("bit ").append(bit).append(" of byte ").append(at);
            }
            add("flipped bits", what.toString(), bytes);
        }
    }

    /** Every path of the document, each given some of the values of another type (all of them at scale 3). */
    private void wrongTypes() {
        for (List<Object> path : paths) {
            if (path.isEmpty()) {
                continue;
            }
            String original = JsonPaths.get(tree, path).toString();
            List<String> values = new ArrayList<>(Arrays.asList(WRONG_VALUES));
            values.removeIf(v -> kind(v) == kind(original) && !v.equals("\"\""));
            java.util.Collections.shuffle(values, random);
            for (String value : values.subList(0, Math.min(values.size(), scale >= 3 ? values.size() : scale))) {
                byte[] bytes = withRaw(tree, path, value);
                String what = JsonPaths.text(path) + " = " + value;
                add("wrong type", what, bytes);
                if (random.nextInt(8) == 0) { // the other way in: version not first, read as a tree
                    add("wrong type", what + ", schemaVersion last", withRaw(versionLast(), path, value));
                }
            }
        }
    }

    private void duplicateKeys() {
        for (List<Object> path : objectPaths()) {
            JsonObject object = JsonPaths.get(tree, path).getAsJsonObject();
            List<String> names = new ArrayList<>(object.keySet());
            if (names.isEmpty()) {
                continue;
            }
            String name = names.get(random.nextInt(names.size()));
            JsonElement value = object.get(name);
            JsonElement emptied = value.isJsonArray() ? new JsonArray() : value.isJsonObject() ? new JsonObject()
                    : value.isJsonPrimitive() && value.getAsJsonPrimitive().isString() ? new JsonPrimitive("") : value;
            List<JsonElement> twins = scale > 1 ? List.of(value, emptied) : List.of(random.nextBoolean() ? value : emptied);
            for (JsonElement twin : twins) {
                JsonObject doubled = JsonPaths.inserted(tree, path, name, TWIN, twin);
                add("duplicate key", JsonPaths.text(JsonPaths.append(path, name)) + " twice",
                        render(doubled).replace(quoted(TWIN), quoted(name)).getBytes(UTF_8));
            }
        }
    }

    private void deep() {
        for (int depth : new int[] {64, 255, 256, 1_000, 100_000}) {
            String arrays = "[".repeat(depth) + "]".repeat(depth);
            String objects = "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
            add("deep nesting", depth + " lists as the whole file", arrays);
            add("deep nesting", depth + " lists as an unknown top-level field", withRaw(
                    JsonPaths.inserted(tree, List.of(), "schemaVersion", "future", new JsonPrimitive(RAW)), null, arrays));
            add("deep nesting", depth + " objects as an unknown field of an account", withRaw(
                    JsonPaths.inserted(tree, List.of("accounts", 0), null, "future", new JsonPrimitive(RAW)), null,
                    objects));
            add("deep nesting", depth + " lists as an account's label", withRaw(tree,
                    List.of("accounts", 0, "label"), arrays));
        }
    }

    private void huge() {
        add("huge strings", "a label of 1,000,000 characters", withRaw(tree, List.of("accounts", 0, "label"),
                quoted("l".repeat(1_000_000))));
        add("huge strings", "a label of 250,000 emoji", withRaw(tree, List.of("accounts", 0, "label"),
                quoted("👩🏽‍💻".repeat(250_000 / 4))));
        add("huge strings", "an owner of 200,000 escapes", withRaw(tree, List.of("accounts", 0, "owner"),
                "\"" + "\\u00e9\\n".repeat(100_000) + "\""));
        String noteField = firstPath(p -> p.size() == 4 && "note".equals(p.get(3)) && "steps".equals(p.get(0)));
        add("huge strings", "a note of 4,000,000 characters", withRaw(tree, pathOf(noteField),
                quoted("n".repeat(4_000_000))));
        add("huge strings", "an unknown field of 2,000,000 characters", withRaw(
                JsonPaths.inserted(tree, List.of(), "schemaVersion", "future", new JsonPrimitive(RAW)), null,
                quoted("u".repeat(2_000_000))));
        add("huge strings", "a field name of 100,000 characters", withRaw(
                JsonPaths.inserted(tree, List.of("accounts", 0), null, "k".repeat(100_000), new JsonPrimitive(RAW)),
                null, "1"));
        JsonObject many = tree.deepCopy();
        for (int i = 0; i < 100_000; i++) {
            many.addProperty("unknown" + i, i);
        }
        add("huge strings", "100,000 unknown fields", render(many));
    }

    private void badUtf8() {
        List<List<Object>> strings = stringPaths();
        for (byte[] bad : BAD_UTF8) {
            for (int n = 0; n < 3 * scale; n++) {
                List<Object> path = strings.get(random.nextInt(strings.size()));
                String value = JsonPaths.get(tree, path).getAsString();
                int cut = random.nextInt(value.length() + 1);
                byte[] before = quoted(value.substring(0, cut)).getBytes(UTF_8);
                byte[] after = quoted(value.substring(cut)).getBytes(UTF_8);
                ByteArrayOutputStream raw = new ByteArrayOutputStream();
                raw.write(before, 0, before.length - 1);
                raw.write(bad, 0, bad.length);
                raw.write(after, 1, after.length - 1);
                add("invalid UTF-8", hex(bad) + " inside " + JsonPaths.text(path),
                        withRawBytes(tree, path, raw.toByteArray()));
            }
            int at = random.nextInt(base.length);
            add("invalid UTF-8", hex(bad) + " at byte " + at, splice(base, at, 0, bad));
        }
    }

    private void byteOrderMarks() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String text = new String(base, UTF_8);
        add("byte order mark", "UTF-8 BOM first", splice(base, 0, 0, bom));
        add("byte order mark", "two UTF-8 BOMs first", splice(base, 0, 0, concat(bom, bom)));
        add("byte order mark", "UTF-8 BOM after the first brace", splice(base, 1, 0, bom));
        add("byte order mark", "UTF-8 BOM at the end", concat(base, bom));
        add("byte order mark", "UTF-8 BOM inside a label", withRaw(tree, List.of("accounts", 0, "label"),
                quoted("\uFEFFlabel")));
        add("byte order mark", "UTF-16BE with BOM", text.getBytes(Charset.forName("UTF-16")));
        add("byte order mark", "UTF-16LE without BOM", text.getBytes(Charset.forName("UTF-16LE")));
        add("byte order mark", "UTF-16LE with BOM", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                text.getBytes(Charset.forName("UTF-16LE"))));
        add("byte order mark", "UTF-32BE", text.getBytes(Charset.forName("UTF-32BE")));
        add("byte order mark", "Latin-1 instead of UTF-8", text.getBytes(Charset.forName("ISO-8859-1")));
    }

    private void nuls() {
        for (int n = 0; n < 20 * scale; n++) {
            int at = random.nextInt(base.length + 1);
            add("NUL", "a raw NUL at byte " + at, splice(base, at, 0, new byte[] {0}));
        }
        add("NUL", "a raw NUL at the end", concat(base, new byte[] {0}));
        add("NUL", "the second half zeroed", concat(Arrays.copyOf(base, base.length / 2),
                new byte[base.length - base.length / 2]));
        List<List<Object>> strings = stringPaths();
        for (int n = 0; n < 10 * scale; n++) {
            List<Object> path = strings.get(random.nextInt(strings.size()));
            add("NUL", "an escaped \\u0000 in " + JsonPaths.text(path), withRaw(tree, path,
                    "\"" + escapedBody(JsonPaths.get(tree, path).getAsString()) + "\\u0000\""));
        }
    }

    private void surrogates() {
        List<List<Object>> strings = stringPaths();
        for (String lone : List.of("\\uD800", "\\uDC00", "\\uDC00\\uD800", "\\uDBFF", "a\\uD83D", "\\uD83D\\uDE00")) {
            for (int n = 0; n < 5 * scale; n++) {
                List<Object> path = strings.get(random.nextInt(strings.size()));
                add("surrogates", lone + " in " + JsonPaths.text(path), withRaw(tree, path,
                        "\"" + escapedBody(JsonPaths.get(tree, path).getAsString()) + lone + "\""));
            }
        }
        add("surrogates", "a lone surrogate as a field name", render(JsonPaths.inserted(tree, List.of("accounts", 0),
                null, TWIN, new JsonPrimitive(1))).replace(quoted(TWIN), "\"\\uD800\"").getBytes(UTF_8));
    }

    private void numbers() {
        for (List<Object> path : primitivePaths(JsonPrimitive::isNumber)) {
            List<String> values = new ArrayList<>(Arrays.asList(NUMBERS));
            java.util.Collections.shuffle(values, random);
            for (String value : values.subList(0, Math.min(values.size(), 3 * scale))) {
                add("numbers", JsonPaths.text(path) + " = " + value, withRaw(tree, path, value));
            }
        }
    }

    private void dates() {
        for (List<Object> path : primitivePaths(p -> p.isString() && (isInstant(p.getAsString()) || isDay(p.getAsString())))) {
            String[] values = isInstant(JsonPaths.get(tree, path).getAsString()) ? INSTANTS : DAYS;
            List<String> chosen = new ArrayList<>(Arrays.asList(values));
            java.util.Collections.shuffle(chosen, random);
            for (String value : chosen.subList(0, Math.min(chosen.size(), 2 * scale))) {
                add("dates", JsonPaths.text(path) + " = " + printable(value), withRaw(tree, path, quoted(value)));
            }
        }
    }

    /**
     * A field this NoTrain does not know in every object, and names that are odd in themselves. The
     * objects that are maps by id (steps by account, records by step) get an unknown id instead.
     */
    private void unknownFields() {
        for (List<Object> path : objectPaths()) {
            if (isMapById(JsonPaths.get(tree, path).getAsJsonObject())) {
                add("ids", "an unknown key in " + JsonPaths.text(path), withRaw(JsonPaths.inserted(tree, path, null,
                        "fromTheFuture", new JsonPrimitive(RAW)), null, "{}"));
                continue;
            }
            String value = UNKNOWN_VALUES[random.nextInt(UNKNOWN_VALUES.length)];
            JsonObject object = JsonPaths.get(tree, path).getAsJsonObject();
            List<String> names = new ArrayList<>(object.keySet());
            String after = names.isEmpty() || random.nextBoolean() ? null : names.get(random.nextInt(names.size()));
            if (path.isEmpty() && after == null) {
                after = "schemaVersion"; // the version stays first: the one-pass reader takes the file
            }
            add("unknown fields", "fromTheFuture: " + value + " in " + JsonPaths.text(path),
                    withRaw(JsonPaths.inserted(tree, path, after, "fromTheFuture", new JsonPrimitive(RAW)), null, value));
        }
        for (String name : List.of("", " ", "é☃👍🏽", "\u0000", "a\"b\\c", "schemaversion", "Accounts", "accounts ")) {
            add("unknown fields", "a field named " + printable(quoted(name)),
                    render(JsonPaths.inserted(tree, List.of(), "schemaVersion", name, new JsonPrimitive(7))));
        }
    }

    /** Upper-case words (statuses, kinds, regions, uses, languages, devices, formats) given other values. */
    private void unknownValues() {
        for (List<Object> path : primitivePaths(p -> p.isString() && p.getAsString().matches("[A-Z][A-Z_]+"))) {
            for (int n = 0; n < scale; n++) {
                String value = ENUM_VALUES[random.nextInt(ENUM_VALUES.length)];
                add("unknown values", JsonPaths.text(path) + " = " + printable(value), withRaw(tree, path, quoted(value)));
            }
        }
    }

    /** Account ids and step ids, as values and as the keys of the steps map. */
    private void ids() {
        List<List<Object>> idPaths = primitivePaths(p -> p.isString()
                && p.getAsString().matches("[a-z][a-z0-9-]*-[0-9]+"));
        for (List<Object> path : idPaths) {
            String value = IDS[random.nextInt(IDS.length)];
            add("ids", JsonPaths.text(path) + " = " + printable(value), withRaw(tree, path, quoted(value)));
        }
        JsonObject steps = tree.getAsJsonObject("steps");
        for (String account : steps.keySet()) {
            String value = IDS[random.nextInt(IDS.length)];
            add("ids", "steps key " + account + " -> " + printable(value),
                    render(JsonPaths.renamed(tree, List.of("steps"), account, value)));
            String step = steps.getAsJsonObject(account).keySet().iterator().next();
            for (String bad : List.of("../x", "A B", "", "step\u0000")) {
                add("ids", "step key " + step + " -> " + printable(bad),
                        render(JsonPaths.renamed(tree, List.of("steps", account), step, bad)));
            }
        }
        JsonArray accounts = tree.getAsJsonArray("accounts");
        add("ids", "two accounts with one id", withRaw(tree, List.of("accounts", 1, "id"),
                quoted(accounts.get(0).getAsJsonObject().get("id").getAsString())));
        add("ids", "steps of an account that does not exist",
                render(JsonPaths.renamed(tree, List.of("steps"), steps.keySet().iterator().next(), "x-999")));
    }

    private void schemaVersions() {
        int v = version();
        for (String value : List.of("0", "-1", String.valueOf(v + 1), "2147483648", "\"" + v + "\"", v + ".0",
                v + "e0", "null", "true", "[" + v + "]", "999999999999999999999")) {
            add("schemaVersion", "schemaVersion = " + value, withRaw(tree, List.of("schemaVersion"), value));
            add("schemaVersion", "schemaVersion = " + value + ", last", withRaw(versionLast(), List.of("schemaVersion"),
                    value));
        }
        JsonObject without = tree.deepCopy();
        without.remove("schemaVersion");
        add("schemaVersion", "no schemaVersion", render(without));
        add("schemaVersion", "schemaVersion last", render(versionLast()));
        add("schemaVersion", "schemaVersion twice, the second newer", render(versionLast()).replaceFirst(
                "\\{", "{\"schemaVersion\":" + (v + 1) + ","));
    }

    private void notQuiteJson() {
        String text = new String(base, UTF_8);
        add("not quite JSON", "a comma before the last brace", text.substring(0, text.length() - 1) + ",}");
        add("not quite JSON", "a comma before a closing bracket", text.replaceFirst("\\]", ",]"));
        add("not quite JSON", "a line comment first", "// saved by hand\n" + text);
        add("not quite JSON", "a block comment inside", text.replaceFirst(",", "/* edited */,"));
        add("not quite JSON", "single quotes around a name", text.replaceFirst("\"accounts\"", "'accounts'"));
        add("not quite JSON", "an unquoted name", text.replaceFirst("\"accounts\"", "accounts"));
        add("not quite JSON", "text after the end", text + "garbage");
        add("not quite JSON", "a second document after the first", text + text);
        add("not quite JSON", "Gson's non-executable prefix", ")]}'\n" + text);
        add("not quite JSON", "a raw tab inside a label", withRawBytes(tree, List.of("accounts", 0, "label"),
                "\"a\tb\"".getBytes(UTF_8)));
        add("not quite JSON", "a raw line break inside a label", withRawBytes(tree, List.of("accounts", 0, "label"),
                "\"a\nb\"".getBytes(UTF_8)));
        add("not quite JSON", "an ESC inside a label", withRawBytes(tree, List.of("accounts", 0, "label"),
                "\"a\u001B[2Jb\"".getBytes(UTF_8)));
        add("not quite JSON", "an invalid escape", withRaw(tree, List.of("accounts", 0, "label"), "\"a\\xb\""));
        add("not quite JSON", "a short unicode escape", withRaw(tree, List.of("accounts", 0, "label"), "\"a\\u12\""));
        add("not quite JSON", "a value without quotes", withRaw(tree, List.of("accounts", 0, "label"), "alice"));
        add("not quite JSON", "a semicolon between members", text.replaceFirst(",\"accounts\"", ";\"accounts\""));
        add("not quite JSON", "an equals sign for a colon", text.replaceFirst("\"accounts\":", "\"accounts\"="));
        add("not quite JSON", "pretty-printed with CRLF", new com.google.gson.GsonBuilder().setPrettyPrinting()
                .create().toJson(tree).replace("\n", "\r\n"));
    }

    private void spliced() {
        for (int n = 0; n < 120 * scale; n++) {
            int at = random.nextInt(base.length);
            int length = 1 + random.nextInt(Math.min(200, base.length - at));
            switch (n % 3) {
                case 0 -> add("spliced", "bytes " + at + "+" + length + " deleted", splice(base, at, length, new byte[0]));
                case 1 -> add("spliced", "bytes " + at + "+" + length + " repeated", splice(base, at, 0,
                        Arrays.copyOfRange(base, at, at + length)));
                default -> {
                    byte[] garbage = new byte[length];
                    random.nextBytes(garbage);
                    add("spliced", length + " random bytes inserted at " + at, splice(base, at, 0, garbage));
                }
            }
        }
    }

    // --- helpers -----------------------------------------------------------------------------

    private int version() {
        return tree.get("schemaVersion").getAsInt();
    }

    private JsonObject versionLast() {
        JsonObject moved = tree.deepCopy();
        JsonElement version = moved.remove("schemaVersion");
        moved.add("schemaVersion", version);
        return moved;
    }

    private List<List<Object>> objectPaths() {
        return paths.stream().filter(p -> JsonPaths.get(tree, p).isJsonObject()).toList();
    }

    /** An object whose keys are all ids ({@code instagram-1}, {@code submit-objection}): a map, not a record. */
    private static boolean isMapById(JsonObject object) {
        return !object.keySet().isEmpty() && object.keySet().stream().allMatch(k -> k.matches("[a-z0-9]+(-[a-z0-9]+)+"));
    }

    private List<List<Object>> primitivePaths(Predicate<JsonPrimitive> wanted) {
        return paths.stream().filter(p -> {
            JsonElement e = JsonPaths.get(tree, p);
            return e.isJsonPrimitive() && wanted.test(e.getAsJsonPrimitive());
        }).toList();
    }

    private List<List<Object>> stringPaths() {
        return primitivePaths(JsonPrimitive::isString);
    }

    private String firstPath(Predicate<List<Object>> wanted) {
        return paths.stream().filter(wanted).findFirst().map(JsonPaths::text).orElseThrow();
    }

    private List<Object> pathOf(String text) {
        return paths.stream().filter(p -> JsonPaths.text(p).equals(text)).findFirst().orElseThrow();
    }

    /** {@code root} with the raw text {@code raw} at {@code path} (or where {@link #RAW} already is when null). */
    private static byte[] withRaw(JsonObject root, List<Object> path, String raw) {
        return withRawBytes(root, path, raw.getBytes(UTF_8));
    }

    private static byte[] withRawBytes(JsonObject root, List<Object> path, byte[] raw) {
        JsonObject marked = path == null ? root : JsonPaths.replaced(root, path, new JsonPrimitive(RAW));
        byte[] rendered = render(marked).getBytes(UTF_8);
        byte[] mark = quoted(RAW).getBytes(UTF_8);
        int at = indexOf(rendered, mark);
        if (at < 0) {
            return rendered;
        }
        return splice(rendered, at, mark.length, raw);
    }

    private static String render(JsonElement element) {
        return element.toString();
    }

    private static String quoted(String text) {
        return new JsonPrimitive(text).toString();
    }

    /** A string's JSON escaping without its quotes. */
    private static String escapedBody(String text) {
        String quoted = quoted(text);
        return quoted.substring(1, quoted.length() - 1);
    }

    private static char kind(String json) {
        char c = json.charAt(0);
        return c == '-' || Character.isDigit(c) ? '0' : c == 'f' ? 't' : c;
    }

    private static boolean isInstant(String text) {
        try {
            Instant.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isDay(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
        byte[] out = new byte[bytes.length - remove + insert.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(bytes, at + remove, out, at + insert.length, bytes.length - at - remove);
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return splice(a, a.length, 0, b);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String hex(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (byte b : bytes) {
            text.append(text.length() == 0 ? "" : " ").append(String.format("%02X", b & 0xFF));
        }
        return text.toString();
    }

    /** For the description: controls shown as escapes. */
    private static String printable(String text) {
        return escapedBody(text.length() > 40 ? text.substring(0, 40) + "…" : text);
    }
}
