package app.notrain.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Creation attributes that keep the store private to its owner on POSIX file systems. They are
 * given when a file is created, never applied afterwards, so no other user can open a file in
 * the moment between creation and a chmod. Elsewhere (Windows) the per-user profile folder's
 * ACLs already do this job.
 */
final class OwnerOnlyPermissions {

    private static final FileAttribute<?>[] NONE = new FileAttribute<?>[0];

    private OwnerOnlyPermissions() {
    }

    static FileAttribute<?>[] forFile(Path path) {
        return isPosix(path) ? new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))} : NONE;
    }

    static FileAttribute<?>[] forFolder(Path path) {
        return isPosix(path) ? new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))} : NONE;
    }

    static void createFolders(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder, forFolder(folder));
        }
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
