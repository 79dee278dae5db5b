package app.notrain.store;

import com.google.gson.JsonObject;
import java.util.Objects;
import java.util.function.UnaryOperator;

/** Upgrades a store document from format version {@link #from()} to {@code from() + 1}. */
public interface Migration {

    int from();

    /** May change and return its argument; the store sets {@code schemaVersion} afterwards. */
    JsonObject apply(JsonObject document);

    static Migration of(int from, UnaryOperator<JsonObject> upgrade) {
        Objects.requireNonNull(upgrade, "upgrade");
        return new Migration() {
            @Override
            public int from() {
                return from;
            }

            @Override
            public JsonObject apply(JsonObject document) {
                return upgrade.apply(document);
            }

            @Override
            public String toString() {
                return "Migration from version " + from;
            }
        };
    }
}
