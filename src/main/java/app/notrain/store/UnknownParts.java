package app.notrain.store;

import app.notrain.catalog.Platform;
import app.notrain.progress.TeamSnapshot;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a newer NoTrain wrote that this one does not understand, kept from a load to write back at
 * the next save (the file format promises that an older NoTrain reads a newer minor version without
 * losing it). Empty for a file this version wrote, so it costs nothing then.
 *
 * <p>Unknown fields stay with their place: the top level, an account (by id), a step record (by
 * account and step), a history entry (by position: the history only grows), the profile, the
 * preferences and the letters' sender inside it, a platform of the user's own (by id), a letter (by
 * position: letters are only added at the end), an organisation measure's record (by id), a colleague's
 * report (by person). A changed account or record keeps them; a
 * removed one takes them with it, as the user asked.
 */
final class UnknownParts {
    static final UnknownParts NONE = new UnknownParts();

    /** One object's unknown parts. */
    static final class Unknown {
        /** Fields this NoTrain does not know, in the order they came. */
        final Map<String, JsonElement> fields = new LinkedHashMap<>();
        /** Known fields whose value is not (an unknown language): the original, written back while unchanged. */
        final Map<String, JsonElement> values = new LinkedHashMap<>();
        /** Objects inside this one that have unknown parts, by field name. */
        final Map<String, Kept> inside = new LinkedHashMap<>();
    }

    /** An object as it was understood, and what was not. */
    record Kept(Object understood, Unknown unknown) {
        /** The unknown parts of {@code field}'s object, provided that object is still the one read. */
        Kept inside(String field, Object now) {
            Kept kept = unknown.inside.get(field);
            return kept != null && kept.understood().equals(now) ? kept : null;
        }
    }

    /** A part read whole (the letters): as this NoTrain writes what it understood, and as the file held it. */
    record KeptTree(JsonElement understood, JsonElement raw) {
    }

    /** A platform of the user's own: as read (whole), and as understood. */
    record KeptPlatform(Platform understood, JsonElement understoodTree, JsonObject raw) {
    }

    /** A colleague's report: as understood, as this NoTrain writes it, and as read (whole). */
    record KeptSnapshot(TeamSnapshot understood, JsonElement understoodTree, JsonObject raw) {
    }

    Unknown topLevel;
    Kept profile;
    Kept preferences;
    final Map<String, Kept> accounts = new HashMap<>();
    final Map<String, Map<String, Kept>> steps = new HashMap<>();
    final Map<Integer, Kept> history = new HashMap<>();
    final Map<String, KeptPlatform> platforms = new HashMap<>();
    final Map<String, Kept> measures = new HashMap<>();
    /** By person, as {@link TeamSnapshot#personKey} compares them. */
    final Map<String, KeptSnapshot> team = new HashMap<>();
    KeptTree letters;

    Kept step(String accountId, String stepId) {
        Map<String, Kept> records = steps.get(accountId);
        return records == null ? null : records.get(stepId);
    }
}
