package app.notrain.store;

import com.google.gson.stream.JsonReader;
import java.io.IOException;

/**
 * Reads a store document of the current format version straight from its text, checking it on the
 * way: one pass instead of a tree and a mapping (at 10,000 accounts the tree was most of a load).
 * A problem is thrown as an {@link IOException} whose message says in words what is wrong.
 */
@FunctionalInterface
interface DocumentReader {
    /**
     * Reads the members of the top-level object up to and including its end. {@code in} is just
     * inside the object; {@code versionSeen}: {@code schemaVersion} was read already (any other
     * {@code schemaVersion} member is a duplicate).
     */
    Object readMembers(JsonReader in, boolean versionSeen) throws IOException;
}
