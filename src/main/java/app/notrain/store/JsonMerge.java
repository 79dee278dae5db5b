package app.notrain.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Map;

/**
 * Puts back what a newer NoTrain wrote into something this one changed. Three versions of one value:
 * {@code now} (to be written), {@code understood} (what was read, as this NoTrain writes it) and
 * {@code raw} (what the file held). Where {@code now} still equals what was understood, the raw
 * original is written; fields only the raw one has are kept; the rest is {@code now}.
 */
final class JsonMerge {
    private JsonMerge() {
    }

    static JsonElement merge(JsonElement now, JsonElement understood, JsonElement raw) {
        if (raw == null || understood == null) {
            return now;
        }
        if (now.equals(understood)) {
            return raw;
        }
        if (now.isJsonObject() && understood.isJsonObject() && raw.isJsonObject()) {
            JsonObject merged = new JsonObject();
            JsonObject was = understood.getAsJsonObject();
            JsonObject original = raw.getAsJsonObject();
            for (Map.Entry<String, JsonElement> member : now.getAsJsonObject().entrySet()) {
                merged.add(member.getKey(), merge(member.getValue(), was.get(member.getKey()),
                        original.get(member.getKey())));
            }
            for (Map.Entry<String, JsonElement> member : original.entrySet()) {
                if (!was.has(member.getKey()) && !merged.has(member.getKey())) {
                    merged.add(member.getKey(), member.getValue());
                }
            }
            return merged;
        }
        if (now.isJsonArray() && understood.isJsonArray() && raw.isJsonArray()
                && now.getAsJsonArray().size() == understood.getAsJsonArray().size()
                && understood.getAsJsonArray().size() == raw.getAsJsonArray().size()) {
            JsonArray merged = new JsonArray();
            for (int i = 0; i < now.getAsJsonArray().size(); i++) {
                merged.add(merge(now.getAsJsonArray().get(i), understood.getAsJsonArray().get(i),
                        raw.getAsJsonArray().get(i)));
            }
            return merged;
        }
        return now;
    }
}
