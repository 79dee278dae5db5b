package app.notrain.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;

/**
 * Whether the store may be changed. A save replaces the file by renaming a new one over it, which
 * needs a writable folder and, for the user's intent to be kept, a writable file: a file made
 * read-only is treated as read-only even where the rename would work (in a writable folder, or
 * for an administrator, who passes every permission check but should not override the owner's
 * choice).
 */
final class StoreAccess {

    private StoreAccess() {
    }

    /** True when {@code file} (which may not exist yet) and its folder may both be changed. */
    static boolean canChange(Path file) {
        return folderMayChange(file) && (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) || writable(file));
    }

    /** True when files may be created in the folder holding {@code file} (or it does not exist yet). */
    static boolean folderMayChange(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return !Files.isDirectory(folder) || writable(folder);
    }

    private static boolean writable(Path path) {
        if (!Files.isWritable(path)) {
            return false;
        }
        if (!path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return true;
        }
        try {
            PosixFileAttributes attributes = Files.readAttributes(path, PosixFileAttributes.class);
            return attributes.permissions().contains(PosixFilePermission.OWNER_WRITE);
        } catch (IOException | UnsupportedOperationException unknown) {
            return true; // let the write itself find out and fail with its own message
        }
    }
}
