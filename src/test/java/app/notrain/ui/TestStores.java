package app.notrain.ui;

import app.notrain.catalog.Region;
import app.notrain.progress.Profile;
import app.notrain.progress.ProgressData;
import app.notrain.progress.UseKind;
import app.notrain.store.ProgressStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Real store files for UI tests. */
final class TestStores {
    private TestStores() {
    }

    /** A store whose set-up is done and that has no account: the window opens on the platforms. */
    static Path setUpDone(Path file, Clock clock) throws Exception {
        try (ProgressStore store = ProgressStore.open(file, clock)) {
            store.save(new ProgressData(new Profile(Region.EU_EEA, true, UseKind.PERSONAL), true, List.of(), Map.of(),
                    List.of(), List.of(), null, null));
        }
        return file;
    }
}
