package app.notrain.ui;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * For the interaction benchmark (docs/BENCHMARKS.md): with {@code -Dnotrain.probe.stalls=true}, a
 * heartbeat posted to the JavaFX thread every 5 ms; each time one waits more than 16 ms to run,
 * prints {@code notrain.stall=<epoch ms at the start>,<ms waited>}. Off by default.
 */
final class StallProbe {
    static final String PROPERTY = "notrain.probe.stalls";
    private static final long BEAT_MS = 5;
    private static final long REPORTED_MS = 16;

    private StallProbe() {
    }

    static void start(PrintStream out) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        ScheduledExecutorService beat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "notrain-stall-probe");
            thread.setDaemon(true);
            return thread;
        });
        AtomicBoolean waiting = new AtomicBoolean();
        beat.scheduleAtFixedRate(() -> {
            if (!waiting.compareAndSet(false, true)) {
                return;                         // the last beat has not run yet: the stall goes on
            }
            long posted = System.currentTimeMillis();
            javafx.application.Platform.runLater(() -> {
                long waited = System.currentTimeMillis() - posted;
                if (waited > REPORTED_MS) {
                    out.println("notrain.stall=" + posted + "," + waited);
                    out.flush();
                }
                waiting.set(false);
            });
        }, BEAT_MS, BEAT_MS, TimeUnit.MILLISECONDS);
    }
}
