package app.notrain.store;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bytes of a store: strict UTF-8 JSON holding one object with an integer {@code schemaVersion}.
 * Reading says what is wrong in plain words, and never quotes the file's content (it may be huge).
 */
final class StoreFormat {

    static final String VERSION_FIELD = "schemaVersion";

    private static final Gson GSON = new GsonBuilder()
            .disableHtmlEscaping() // a file people may open: keep <, > and & readable
            .serializeNulls() // what is read is what is written back
            .create();

    private static final Pattern GSON_POSITION =
            Pattern.compile("^(.*?) at line (\\d+) column (\\d+)(?: path .*)?$", Pattern.DOTALL);
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,10}");
    private static final Map<String, String> PLAIN_WORDS = Map.of(
            "End of input", "the file ends too early; it may have been cut short",
            "Unterminated string", "unterminated string",
            "Unterminated object", "expected ',' or '}'",
            "Unterminated array", "expected ',' or ']'",
            "Expected name", "expected a field name in double quotes",
            "Expected ':'", "expected ':'",
            "Invalid escape sequence", "invalid escape sequence in a string");

    private static final String TWICE = "; a file NoTrain wrote never has that, so it was changed by hand or"
            + " damaged: keep the right one and delete the other, or restore a backup";

    private StoreFormat() {
    }

    static JsonObject parse(Path file, byte[] bytes) throws StoreDamagedException {
        JsonReader reader = reader(file, bytes);
        JsonElement root;
        try {
            // Not Gson's JsonParser: it keeps the last of two equal keys, and calls running out of
            // memory "not valid JSON".
            root = JsonTree.read(reader, Integer.MAX_VALUE);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new StoreDamagedException(file, "unexpected text after the end of the data");
            }
        } catch (JsonTree.DuplicateKeyException e) {
            throw new StoreDamagedException(file, "the field \"" + ProgressJsonReader.clip(e.key) + "\" appears twice"
                    + " in " + e.where + TWICE);
        } catch (JsonParseException | IllegalStateException | IOException e) {
            throw new StoreDamagedException(file, describe(e));
        }
        if (!root.isJsonObject()) {
            throw new StoreDamagedException(file, "the file holds " + kind(root) + ", not a JSON object");
        }
        return root.getAsJsonObject();
    }

    /** A document read in one pass, and the format version it was written in. */
    record Streamed(Object document, int version) {
    }

    /**
     * The one-pass read: when {@code schemaVersion} comes first and is from {@code oldestVersion} to
     * {@code currentVersion} (as in every file NoTrain writes), {@code documentReader} reads the rest
     * straight from the text. Null otherwise: the caller parses a tree, checks the version and migrates.
     */
    static Streamed readCurrent(Path file, byte[] bytes, int oldestVersion, int currentVersion,
                                DocumentReader documentReader) throws StoreDamagedException {
        JsonReader reader = reader(file, bytes);
        try {
            if (reader.peek() != JsonToken.BEGIN_OBJECT) {
                return null;
            }
            reader.beginObject();
            if (!reader.hasNext() || !reader.nextName().equals(VERSION_FIELD) || reader.peek() != JsonToken.NUMBER) {
                return null;
            }
            String digits = reader.nextString();
            int version = -1;
            for (int v = oldestVersion; v <= currentVersion; v++) {
                if (String.valueOf(v).equals(digits)) {
                    version = v;
                }
            }
            if (version < 0) {
                return null;
            }
            Object document = documentReader.readMembers(reader, true);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new StoreDamagedException(file, "unexpected text after the end of the data");
            }
            return new Streamed(document, version);
        } catch (ContentProblem e) {
            throw new StoreDamagedException(file, e.getMessage());
        } catch (JsonTree.DuplicateKeyException e) {
            throw new StoreDamagedException(file, "the field \"" + ProgressJsonReader.clip(e.key) + "\" appears twice"
                    + " in " + e.where + TWICE);
        } catch (JsonTree.TooDeepException e) {
            throw new StoreDamagedException(file, e.getMessage() + "; no NoTrain writes that: restore a backup");
        } catch (JsonParseException | IllegalStateException | NumberFormatException | IOException e) {
            throw new StoreDamagedException(file, describe(e));
        }
    }

    /** A migrated (or hand-ordered) document, read by {@code documentReader} with the same checks. */
    static Object readTree(Path file, JsonObject document, DocumentReader documentReader)
            throws StoreDamagedException {
        // Written out and read again rather than walked: this runs only after a migration or for a
        // file whose version is not first, and the reader then has one code path for both.
        byte[] text = encode(document, document.has(VERSION_FIELD) ? document.get(VERSION_FIELD).getAsInt() : 0);
        JsonReader reader = reader(file, text);
        try {
            reader.beginObject();
            return documentReader.readMembers(reader, false);
        } catch (ContentProblem e) {
            throw new StoreDamagedException(file, e.getMessage());
        } catch (JsonTree.TooDeepException e) {
            throw new StoreDamagedException(file, e.getMessage() + "; no NoTrain writes that: restore a backup");
        } catch (JsonParseException | IllegalStateException | NumberFormatException | IOException e) {
            throw new StoreDamagedException(file, describe(e));
        }
    }

    private static JsonReader reader(Path file, byte[] bytes) throws StoreDamagedException {
        // A byte-order mark some editors add is skipped.
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3 : 0;
        if (isBlank(bytes, start)) {
            throw new StoreDamagedException(file, "the file is empty");
        }
        JsonReader reader = new JsonReader(new Utf8Reader(bytes, start));
        // Strict: NoTrain always writes standard JSON, so anything else is a sign of damage.
        reader.setStrictness(Strictness.STRICT);
        return reader;
    }

    private static boolean isBlank(byte[] bytes, int start) {
        for (int i = start; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    static int schemaVersion(Path file, JsonObject document) throws StoreDamagedException {
        JsonElement version = document.get(VERSION_FIELD);
        if (version == null) {
            throw new StoreDamagedException(file, "it has no \"" + VERSION_FIELD + "\" field");
        }
        if (version.isJsonPrimitive() && version.getAsJsonPrimitive().isNumber()) {
            String digits = version.getAsJsonPrimitive().getAsNumber().toString();
            if (WHOLE_NUMBER.matcher(digits).matches()) {
                long value = Long.parseLong(digits);
                if (value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
                    return (int) value;
                }
            }
        }
        String found = version.isJsonPrimitive() && version.getAsJsonPrimitive().isNumber()
                ? "a fraction or too large" : kind(version);
        throw new StoreDamagedException(file, "its \"" + VERSION_FIELD + "\" is " + found
                + ", not a whole number");
    }

    /** Compact UTF-8 with {@code schemaVersion} first; {@code document} is not changed. */
    static byte[] encode(JsonObject document, int version) {
        JsonObject ordered = new JsonObject();
        ordered.addProperty(VERSION_FIELD, version);
        for (Map.Entry<String, JsonElement> member : document.entrySet()) {
            if (!member.getKey().equals(VERSION_FIELD)) {
                ordered.add(member.getKey(), member.getValue()); // shared, not copied: cheap for big stores
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        try (Writer out = new SurrogateEscapingWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8))) {
            GSON.toJson(ordered, out);
            out.write('\n');
        } catch (IOException cannotHappenInMemory) {
            throw new UncheckedIOException(cannotHappenInMemory);
        }
        return bytes.toByteArray();
    }

    private static String describe(Exception e) {
        if (e instanceof Utf8Reader.NotUtf8Exception notUtf8) {
            return "byte " + notUtf8.position + " is not UTF-8 text; the file may be binary or in another encoding";
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = String.valueOf(cause.getMessage());
        int seeAlso = message.indexOf("\nSee ");
        if (seeAlso >= 0) {
            message = message.substring(0, seeAlso);
        }
        Matcher position = GSON_POSITION.matcher(message);
        if (!position.matches()) {
            return "it is not valid JSON";
        }
        String what = position.group(1);
        String plain = PLAIN_WORDS.get(what);
        if (plain == null) {
            plain = what.startsWith("Use JsonReader.setStrictness") || what.startsWith("Unescaped control")
                    ? "not valid JSON here"
                    : what.substring(0, 1).toLowerCase(Locale.ROOT) + what.substring(1);
        }
        return "line " + position.group(2) + ", column " + position.group(3) + ": " + plain;
    }

    private static String kind(JsonElement element) {
        if (element.isJsonNull()) {
            return "null";
        }
        if (element.isJsonArray()) {
            return "a JSON array";
        }
        if (element.isJsonObject()) {
            return "a JSON object";
        }
        JsonPrimitive primitive = element.getAsJsonPrimitive();
        if (primitive.isBoolean()) {
            return "true or false";
        }
        return primitive.isString() ? "text" : "a number";
    }
}
