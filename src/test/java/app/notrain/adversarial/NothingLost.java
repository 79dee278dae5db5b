package app.notrain.adversarial;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * Whether a saved document still holds everything a loaded one held: every member and array element
 * of the original is in the saved one, with an equal value. What may differ: the order of members,
 * the spelling of a number or a date with the same value (a number with a fraction or an exponent is
 * compared as the double it is read as: {@code 1e-400} is 0; whole numbers exactly), a number or
 * {@code true}/{@code false} where text is expected kept as that text ({@code -1} as {@code "-1"}),
 * members whose value was null (the writer leaves absent values out), the {@code schemaVersion}, and
 * elements added at the end of an array.
 */
final class NothingLost {
    private NothingLost() {
    }

    /** The first thing of {@code before} that {@code after} lost, as a path and what is wrong; null when nothing. */
    static String firstLoss(JsonObject before, JsonObject after) {
        JsonObject original = before.deepCopy();
        original.remove("schemaVersion");
        return loss(original, after, List.of());
    }

    private static String loss(JsonElement before, JsonElement after, List<Object> path) {
        if (before.isJsonNull()) {
            return null;
        }
        if (after == null || after.isJsonNull()) {
            return JsonPaths.text(path) + " is missing";
        }
        if (before.isJsonObject()) {
            if (!after.isJsonObject()) {
                return JsonPaths.text(path) + " is no longer an object";
            }
            for (Map.Entry<String, JsonElement> member : before.getAsJsonObject().entrySet()) {
                String lost = loss(member.getValue(), after.getAsJsonObject().get(member.getKey()),
                        JsonPaths.append(path, member.getKey()));
                if (lost != null) {
                    return lost;
                }
            }
            return null;
        }
        if (before.isJsonArray()) {
            if (!after.isJsonArray() || after.getAsJsonArray().size() < before.getAsJsonArray().size()) {
                return JsonPaths.text(path) + " lost elements";
            }
            for (int i = 0; i < before.getAsJsonArray().size(); i++) {
                String lost = loss(before.getAsJsonArray().get(i), after.getAsJsonArray().get(i),
                        JsonPaths.append(path, i));
                if (lost != null) {
                    return lost;
                }
            }
            return null;
        }
        return samePrimitive(before.getAsJsonPrimitive(), after) ? null
                : JsonPaths.text(path) + " was " + clip(before) + ", is " + clip(after);
    }

    private static boolean samePrimitive(JsonPrimitive before, JsonElement after) {
        if (!after.isJsonPrimitive()) {
            return false;
        }
        JsonPrimitive other = after.getAsJsonPrimitive();
        if (before.isNumber() && other.isNumber()) {
            try {
                BigDecimal was = new BigDecimal(before.getAsString());
                BigDecimal is = new BigDecimal(other.getAsString());
                return was.compareTo(is) == 0
                        || (!before.getAsString().matches("-?[0-9]+") && was.doubleValue() == is.doubleValue());
            } catch (NumberFormatException notDecimal) {
                return before.getAsString().equals(other.getAsString());
            }
        }
        if ((before.isNumber() || before.isBoolean()) && other.isString()) {
            return before.getAsString().equals(other.getAsString());
        }
        if (before.isString() && other.isString()) {
            String a = before.getAsString();
            String b = other.getAsString();
            return a.equals(b) || sameInstant(a, b) || sameDay(a, b);
        }
        return before.equals(other);
    }

    private static boolean sameInstant(String a, String b) {
        try {
            return Instant.parse(a).equals(Instant.parse(b));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean sameDay(String a, String b) {
        try {
            return LocalDate.parse(a).equals(LocalDate.parse(b));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String clip(JsonElement element) {
        String text = element.toString();
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
