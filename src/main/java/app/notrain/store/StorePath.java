package app.notrain.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Finds the file a store path really means, and refuses paths that are not one, before anything
 * is locked or read. Reading {@code /dev/zero} would fill the memory and reading a pipe would wait
 * forever while holding the lock, so both are refused by their type, not by what reading them does.
 *
 * <p>A store that is a symbolic link (into a synced folder, say) resolves to its target: saves
 * replace the target, atomically in the target's folder, and the link keeps pointing at it.
 * Replacing the link itself by a regular file would quietly stop the syncing.
 */
public final class StorePath {

    /** As Linux's own limit on links followed while resolving one path. */
    private static final int MAX_LINKS = 40;

    private StorePath() {
    }

    /**
     * The file to read and write for {@code given}: {@code given} itself (absolute), or the file
     * its chain of symbolic links ends at (which need not exist yet).
     *
     * @throws StorePathException the path is a folder, a device, a pipe, a socket, goes through a
     *                            file, or is a link loop
     */
    public static Path resolve(Path given) throws IOException, StorePathException {
        Path absolute = given.toAbsolutePath();
        Path target = followLinks(given, absolute);
        requireFoldersOnTheWay(given, target);
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException none) {
            return target; // a new store: its folders are created on the first save
        }
        requireOrdinaryFile(given, target, attributes);
        return target;
    }

    /** Refuses anything but an ordinary file: used again just before reading, in case it was replaced. */
    static void requireOrdinaryFile(Path given, Path target, BasicFileAttributes attributes) throws StorePathException {
        if (attributes.isDirectory()) {
            throw new StorePathException(given, StorePathException.Reason.FOLDER, target);
        }
        if (!attributes.isRegularFile()) {
            throw new StorePathException(given, StorePathException.Reason.NOT_A_FILE, target);
        }
    }

    private static Path followLinks(Path given, Path absolute) throws IOException, StorePathException {
        Path current = absolute;
        for (int hops = 0; Files.isSymbolicLink(current); hops++) {
            if (hops == MAX_LINKS) {
                throw new StorePathException(given, StorePathException.Reason.LINK_LOOP, absolute);
            }
            // A relative link is relative to the folder holding the link, as the OS reads it.
            current = current.resolveSibling(Files.readSymbolicLink(current));
        }
        return current;
    }

    /** The nearest existing folder above the store must be a folder: a file there gives a clear refusal. */
    private static void requireFoldersOnTheWay(Path given, Path target) throws StorePathException {
        for (Path folder = target.getParent(); folder != null; folder = folder.getParent()) {
            if (Files.isDirectory(folder)) {
                return;
            }
            if (Files.exists(folder)) {
                throw new StorePathException(given, StorePathException.Reason.PARENT_NOT_A_FOLDER, folder);
            }
        }
    }
}
