package app.notrain.store;

import com.google.gson.JsonObject;

/** What a readable store document must also get right, beyond being JSON with a version. */
@FunctionalInterface
public interface DocumentCheck {
    /** The problem in plain words, or null when there is none. The document must not be changed. */
    String problemIn(JsonObject document);
}
