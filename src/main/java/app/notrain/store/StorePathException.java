package app.notrain.store;

import java.nio.file.Path;

/**
 * The store path names something NoTrain must not open as its progress file: a folder, a device,
 * a pipe, a path through a file, a lock file that is a link. Found before anything is locked or
 * read, so nothing hangs, fills the memory or changes on disk. {@link #reason()} lets the command
 * line and the window say it in the user's language.
 */
public final class StorePathException extends StoreException {

    /** What is wrong with the path. */
    public enum Reason {
        /** The store path is a folder. */
        FOLDER("store.path.folder", "is a folder, not a file. Give the path of a file, for example " + "%s/progress.json"),
        /** A device ({@code /dev/zero}), a pipe (FIFO) or a socket. */
        NOT_A_FILE("store.path.notAFile", "is not an ordinary file (it is a device, a pipe or a socket). Give the path of an ordinary file"),
        /** A folder on the way to the store is a file. */
        PARENT_NOT_A_FOLDER("store.path.parentNotAFolder", "cannot be used: %s is a file, not a folder. Move that file or choose another path"),
        /** Symbolic links point to each other, or too deep. */
        LINK_LOOP("store.path.linkLoop", "is a symbolic link that never reaches a file (a loop?). Point it at a file or remove it"),
        /** The lock file beside the store is a link or not an ordinary file: never followed. */
        LOCK_NOT_A_FILE("store.path.lockNotAFile", "cannot be locked: %s is a link or not an ordinary file. NoTrain never follows it;"
                + " remove it (NoTrain creates a new one)");

        private final String messageKey;
        private final String english;

        Reason(String messageKey, String english) {
            this.messageKey = messageKey;
            this.english = english;
        }

        /** The bundle key of the user's message; its arguments are the store path and the culprit. */
        public String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;
    private final Path culprit;

    /**
     * @param file    the store path as given
     * @param culprit the path the problem is about (the folder that is a file, the lock file, or
     *                the store itself)
     */
    public StorePathException(Path file, Reason reason, Path culprit) {
        super(file, "The NoTrain store " + file + " " + String.format(reason.english, culprit)
                + ". Nothing was read or changed.");
        this.reason = reason;
        this.culprit = culprit;
    }

    public Reason reason() {
        return reason;
    }

    /** The path the problem is about: the store itself, a folder on the way, or its lock file. */
    public Path culprit() {
        return culprit;
    }
}
