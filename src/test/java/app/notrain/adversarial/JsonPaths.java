package app.notrain.adversarial;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Paths into a JSON tree (a list of member names and array indexes), found by walking a document,
 * and edits at them on a copy. The corpus derives every mutation from these, so a field a newer
 * format adds is mutated too, without the generator knowing its name.
 */
final class JsonPaths {
    private JsonPaths() {
    }

    /** Every element's path under {@code root}, the root's (empty) first, parents before children. */
    static List<List<Object>> all(JsonElement root) {
        List<List<Object>> paths = new ArrayList<>();
        walk(root, List.of(), paths);
        return paths;
    }

    private static void walk(JsonElement element, List<Object> path, List<List<Object>> into) {
        into.add(path);
        if (element.isJsonObject()) {
            for (Map.Entry<String, JsonElement> member : element.getAsJsonObject().entrySet()) {
                walk(member.getValue(), append(path, member.getKey()), into);
            }
        } else if (element.isJsonArray()) {
            JsonArray array = element.getAsJsonArray();
            for (int i = 0; i < array.size(); i++) {
                walk(array.get(i), append(path, i), into);
            }
        }
    }

    static List<Object> append(List<Object> path, Object step) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(step);
        return List.copyOf(longer);
    }

    static JsonElement get(JsonElement root, List<Object> path) {
        JsonElement at = root;
        for (Object step : path) {
            at = step instanceof String name ? at.getAsJsonObject().get(name) : at.getAsJsonArray().get((Integer) step);
        }
        return at;
    }

    /** A copy of {@code root} with the element at {@code path} replaced by {@code value}. */
    static JsonObject replaced(JsonObject root, List<Object> path, JsonElement value) {
        JsonObject copy = root.deepCopy();
        JsonElement parent = get(copy, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (last instanceof String name) {
            parent.getAsJsonObject().add(name, value); // keeps the member's place
        } else {
            parent.getAsJsonArray().set((Integer) last, value);
        }
        return copy;
    }

    /**
     * A copy of {@code root} where the object at {@code path} has {@code name}: {@code value} inserted
     * after its member {@code after} (first when null); an existing {@code name} is moved there.
     */
    static JsonObject inserted(JsonObject root, List<Object> path, String after, String name, JsonElement value) {
        JsonObject copy = root.deepCopy();
        JsonObject target = get(copy, path).getAsJsonObject();
        List<Map.Entry<String, JsonElement>> members = new ArrayList<>(target.entrySet());
        members.forEach(m -> target.remove(m.getKey()));
        if (after == null) {
            target.add(name, value);
        }
        for (Map.Entry<String, JsonElement> member : members) {
            if (!member.getKey().equals(name)) {
                target.add(member.getKey(), member.getValue());
            }
            if (member.getKey().equals(after)) {
                target.add(name, value);
            }
        }
        return copy;
    }

    /** A copy of {@code root} where the member {@code from} of the object at {@code path} is named {@code to}. */
    static JsonObject renamed(JsonObject root, List<Object> path, String from, String to) {
        JsonElement value = get(root, path).getAsJsonObject().get(from);
        JsonObject copy = inserted(root, path, from, to, value);
        get(copy, path).getAsJsonObject().remove(from);
        return copy;
    }

    /** The path as a reader would say it: {@code accounts[0].label}. */
    static String text(List<Object> path) {
        StringBuilder text = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer index) {
                text.append('[').append(index).append(']');
            } else {
                text.append(text.length() == 0 ? "" : ".").append(step);
            }
        }
        return text.length() == 0 ? "(root)" : text.toString();
    }
}
