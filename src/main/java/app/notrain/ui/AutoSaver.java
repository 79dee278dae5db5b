package app.notrain.ui;

import app.notrain.progress.ProgressData;
import app.notrain.store.ProgressStore;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Writes the progress off the JavaFX thread as soon as it changes. Requests that pile up while a
 * save runs are merged: only the newest snapshot is written next, so every change is on disk
 * within one save's time.
 */
public final class AutoSaver implements AutoCloseable {
    private final ProgressStore store;
    private final Consumer<Exception> onFailure;
    private final AtomicReference<ProgressData> pending = new AtomicReference<>();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "notrain-save");
        thread.setDaemon(true);
        return thread;
    });

    /** {@code onFailure} is called on the saving thread; the next change tries again. */
    public AutoSaver(ProgressStore store, Consumer<Exception> onFailure) {
        this.store = store;
        this.onFailure = onFailure;
    }

    /** Ignored once closed: the window is gone and the store released (a late theme change, say). */
    public void save(ProgressData snapshot) {
        if (writer.isShutdown()) {
            return;
        }
        if (pending.getAndSet(snapshot) == null) {
            writer.execute(this::writePending);
        }
    }

    private void writePending() {
        ProgressData data = pending.getAndSet(null);
        if (data == null) {
            return;
        }
        try {
            store.save(data);
        } catch (Exception e) {
            onFailure.accept(e);
        }
    }

    /** Finishes the saves already asked for, then releases the store. */
    @Override
    public void close() throws Exception {
        writer.shutdown();
        if (!writer.awaitTermination(10, TimeUnit.SECONDS)) {
            onFailure.accept(new IllegalStateException("the last save did not finish within 10 seconds"));
        }
        store.close();
    }
}
