package app.notrain.store;

import java.nio.file.Path;
import java.time.Clock;

/** A child process that loads a store and prints what came of it: the exception's class and message. */
public final class LoadProbe {
    private LoadProbe() {
    }

    public static void main(String[] args) throws Exception {
        try (ProgressStore store = ProgressStore.open(Path.of(args[0]), Clock.systemUTC())) {
            store.load();
            System.out.println("loaded");
        } catch (Exception e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
