package app.notrain.store;

import java.nio.file.Path;

/** The file is not a store NoTrain can read: not JSON, not an object, or no usable schemaVersion. */
public final class StoreDamagedException extends StoreException {

    private final String problem;

    public StoreDamagedException(Path file, String problem) {
        super(file, "Cannot read the NoTrain store " + file + ": " + problem
                + ". The file has been left untouched.");
        this.problem = problem;
    }

    /** What is wrong, in plain words, e.g. {@code line 3, column 22: unterminated string}. */
    public String problem() {
        return problem;
    }
}
