package app.notrain.store;

import java.nio.file.Path;

/**
 * The store file holds something else than what this NoTrain last read or wrote: another program
 * changed it. Saving stops (nothing is overwritten) until the user chooses: read theirs again
 * ({@link ProgressStore#load()}), keep theirs aside and save this one over it
 * ({@link ProgressStore#keepMine}), after comparing both ({@link ProgressStore#compareWithDisk}).
 */
public final class StoreChangedOutsideException extends StoreException {

    public StoreChangedOutsideException(Path file) {
        super(file, "The NoTrain store " + file + " was changed by another program since NoTrain read it."
                + " Nothing was saved over it: reload it, or keep your version (theirs is kept aside).");
    }
}
