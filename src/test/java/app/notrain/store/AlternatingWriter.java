package app.notrain.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Child process for {@link StoreCrashTest}: holds the lock and saves documents A and B in turn,
 * printing {@code wrote N} after each completed save, until it is killed.
 */
public final class AlternatingWriter {

    static final JsonObject DOCUMENT_A = document("A", 1_500);
    static final JsonObject DOCUMENT_B = document("B", 2_500);

    private AlternatingWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args[0]);
        try (StoreLock lock = StoreLock.acquire(store)) {
            StoreFile file = new StoreFile(store, 1, List.of(),
                    Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
            file.read(); // a damaged file from an earlier kill would stop us here
            for (long n = 1; ; n++) {
                file.write(n % 2 == 1 ? DOCUMENT_A : DOCUMENT_B);
                System.out.println("wrote " + n);
                System.out.flush();
                if (System.out.checkError()) {
                    return; // nobody is listening any more (the test JVM died): stop, do not loop forever
                }
            }
        }
    }

    /** Different sizes, so a torn or mixed file cannot pass for either. */
    private static JsonObject document(String name, int accounts) {
        JsonObject document = new JsonObject();
        document.addProperty("schemaVersion", 1);
        document.addProperty("document", name);
        JsonArray list = new JsonArray();
        for (int i = 0; i < accounts; i++) {
            JsonObject account = new JsonObject();
            account.addProperty("label", name + " account " + i);
            account.addProperty("done", i % 3 == 0);
            list.add(account);
        }
        document.add("accounts", list);
        return document;
    }
}
