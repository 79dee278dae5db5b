package app.notrain.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Child process for {@link StoreLockTest}. {@code try FILE}: prints ACQUIRED (exit 0) or
 * LOCKED (exit 4, the CLI's code). {@code hold FILE}: prints HELD, keeps the lock until its
 * input is closed, then prints RELEASED.
 */
public final class LockProbe {

    private LockProbe() {
    }

    public static void main(String[] args) throws IOException, StorePathException {
        Path store = Path.of(args[1]);
        if (args[0].equals("try")) {
            try (StoreLock lock = StoreLock.acquire(store)) {
                report("ACQUIRED");
            } catch (StoreLockedException e) {
                report("LOCKED " + e.getMessage());
                System.exit(4);
            }
            return;
        }
        try (StoreLock lock = StoreLock.acquire(store)) {
            report("HELD");
            while (System.in.read() != -1) {
                // wait for the test to close our input
            }
        } catch (StoreLockedException e) {
            report("LOCKED " + e.getMessage());
            System.exit(4);
        }
        report("RELEASED");
    }

    private static void report(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
