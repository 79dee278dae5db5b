package app.notrain.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.internal.LazilyParsedNumber;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * Reads and writes JSON trees for the store, stricter than Gson's own: a key that appears twice in
 * one object is an error (Gson keeps the last one silently, so {@code "accounts": [...]} followed by
 * {@code "accounts": []} would read as no accounts), and numbers keep their exact text. Reading is
 * iterative, so a deeply nested file cannot overflow the stack; {@code maxDepth} bounds what is kept,
 * so that writing it back (recursively) cannot either.
 */
final class JsonTree {

    /** A key found twice in one object; {@code where} is the JSON path of the object. */
    static final class DuplicateKeyException extends IOException {
        final String key;
        final String where;

        DuplicateKeyException(String key, String where) {
            super("the field \"" + key + "\" appears twice in " + where);
            this.key = key;
            this.where = where;
        }
    }

    /** Nesting deeper than a store can have. */
    static final class TooDeepException extends IOException {
        TooDeepException(int maxDepth) {
            super("lists or objects are nested more than " + maxDepth + " deep");
        }
    }

    private JsonTree() {
    }

    /** The next value of {@code in}, whatever its kind. */
    static JsonElement read(JsonReader in, int maxDepth) throws IOException {
        Deque<JsonElement> open = new ArrayDeque<>();
        JsonElement result = null;
        String pendingName = null;
        do {
            JsonToken token = in.peek();
            JsonElement value;
            switch (token) {
                case BEGIN_OBJECT -> {
                    in.beginObject();
                    value = new JsonObject();
                    if (open.size() >= maxDepth) {
                        throw new TooDeepException(maxDepth);
                    }
                    attach(open, pendingName, value);
                    open.push(value);
                    pendingName = null;
                    continue;
                }
                case BEGIN_ARRAY -> {
                    in.beginArray();
                    value = new JsonArray();
                    if (open.size() >= maxDepth) {
                        throw new TooDeepException(maxDepth);
                    }
                    attach(open, pendingName, value);
                    open.push(value);
                    pendingName = null;
                    continue;
                }
                case END_OBJECT -> {
                    in.endObject();
                    result = open.pop();
                    continue;
                }
                case END_ARRAY -> {
                    in.endArray();
                    result = open.pop();
                    continue;
                }
                case NAME -> {
                    pendingName = in.nextName();
                    JsonObject object = (JsonObject) open.peek();
                    if (object.has(pendingName)) {
                        // The path now ends with this name: what is left is the object's (built only now:
                        // a path per object would cost time and memory in the square of the depth).
                        String path = in.getPath();
                        String suffix = "." + pendingName;
                        throw new DuplicateKeyException(pendingName, inWords(path.endsWith(suffix)
                                ? path.substring(0, path.length() - suffix.length()) : path));
                    }
                    continue;
                }
                case STRING -> value = new JsonPrimitive(in.nextString());
                case NUMBER -> value = new JsonPrimitive(new LazilyParsedNumber(in.nextString()));
                case BOOLEAN -> value = new JsonPrimitive(in.nextBoolean());
                case NULL -> {
                    in.nextNull();
                    value = JsonNull.INSTANCE;
                }
                default -> throw new IOException("unexpected end of the data");
            }
            attach(open, pendingName, value);
            pendingName = null;
            result = value;
        } while (!open.isEmpty());
        return result;
    }

    /** "$" is "the file", "$.accounts[0]" is "accounts[0] of the file". */
    static String inWords(String path) {
        return path.equals("$") ? "the file" : path.replaceFirst("^\\$\\.?", "") + " of the file";
    }

    private static void attach(Deque<JsonElement> open, String name, JsonElement value) {
        JsonElement parent = open.peek();
        if (parent instanceof JsonObject object) {
            object.add(name, value);
        } else if (parent instanceof JsonArray array) {
            array.add(value);
        }
    }

    /** Writes {@code value} as it is, nulls included. */
    static void write(JsonWriter out, JsonElement value) throws IOException {
        if (value == null || value.isJsonNull()) {
            out.nullValue();
        } else if (value.isJsonObject()) {
            out.beginObject();
            for (Map.Entry<String, JsonElement> member : value.getAsJsonObject().entrySet()) {
                out.name(member.getKey());
                write(out, member.getValue());
            }
            out.endObject();
        } else if (value.isJsonArray()) {
            out.beginArray();
            for (JsonElement item : value.getAsJsonArray()) {
                write(out, item);
            }
            out.endArray();
        } else {
            JsonPrimitive primitive = value.getAsJsonPrimitive();
            if (primitive.isBoolean()) {
                out.value(primitive.getAsBoolean());
            } else if (primitive.isNumber()) {
                out.value(primitive.getAsNumber());
            } else {
                out.value(primitive.getAsString());
            }
        }
    }
}
