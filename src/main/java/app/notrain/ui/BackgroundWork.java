package app.notrain.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs slow work (loading, saving, exporting) off the JavaFX thread and hands the result back on it.
 * Tests use {@link #onCallingThread()} so that a view model's effects are visible at once.
 */
public interface BackgroundWork {

    <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure);

    static BackgroundWork onCallingThread() {
        return new BackgroundWork() {
            @Override
            public <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.get();
                } catch (RuntimeException e) {
                    onFailure.accept(e);
                    return;
                }
                onDone.accept(result);
            }
        };
    }
}
