package app.notrain.store;

import com.google.gson.JsonArray;

/**
 * Version 1 to 2: the team roll-up. A version 1 file has no colleagues' reports: it gains an empty
 * {@code team} list, and everything else stays as it was. The original is kept as {@code .v1.bak}.
 */
final class TeamMigration {
    static final Migration FROM_1 = Migration.of(1, document -> {
        if (!document.has("team")) {
            document.add("team", new JsonArray());
        }
        return document;
    });

    private TeamMigration() {
    }
}
