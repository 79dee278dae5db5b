package app.notrain.store;

import app.notrain.progress.EvidenceCheck;
import app.notrain.progress.EvidenceFile;
import app.notrain.progress.EvidenceState;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The folder beside the progress file where NoTrain keeps its own copies of evidence files
 * ({@code progress.json} → {@code progress.evidence/}), owner-only like the store. A copy is named
 * after its content's SHA-256 and a cleaned extension, never after the original name, so a name
 * can neither escape the folder nor replace another copy; the same content attached twice is kept
 * once. Copies are never deleted: removing a file from a step keeps it, so that undo finds it.
 * Thread-safe: copies and checks run off the JavaFX thread.
 */
public final class EvidenceFolder implements EvidenceCheck {
    /** Evidence is a screenshot or an e-mail: past this, it is refused with a clear message. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    /** The names this class makes: 32 hex digits, perhaps a number, perhaps a short extension. */
    private static final Pattern STORED_NAME = Pattern.compile("[0-9a-f]{32}(-[0-9]{1,4})?(\\.[a-z0-9]{1,10})?");
    private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]{1,10}");
    private static final int MAX_SAME_PREFIX = 1000;

    private final Path folder;
    /** What a full check found, while the copy's size and time stay the same. */
    private final Map<String, Checked> checked = new ConcurrentHashMap<>();

    private record Checked(long size, FileTime modified, EvidenceState state) {
    }

    private EvidenceFolder(Path folder) {
        this.folder = folder;
    }

    /** The evidence folder of the store {@code storeFile}: beside it, named after it. */
    public static EvidenceFolder beside(Path storeFile) {
        Path absolute = storeFile.toAbsolutePath();
        String name = absolute.getFileName().toString();
        String base = name.toLowerCase(Locale.ROOT).endsWith(".json") && name.length() > 5
                ? name.substring(0, name.length() - 5) : name;
        return new EvidenceFolder(absolute.resolveSibling(base + ".evidence"));
    }

    public Path folder() {
        return folder;
    }

    /** Whether {@code name} is one NoTrain makes for a copy: the progress file refuses any other. */
    static boolean validStoredName(String name) {
        return STORED_NAME.matcher(name).matches();
    }

    /**
     * Copies {@code source} into the folder (created owner-only if needed) and says what was kept:
     * its original name, the copy's name, SHA-256 and size, attached at {@code at}. The copy is
     * forced to disk before it gets its name; nothing half-copied is left behind.
     *
     * @throws EvidenceRefusedException not an ordinary file, or over {@link #MAX_BYTES}
     */
    public EvidenceFile copyIn(Path source, Instant at) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(source, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            throw new EvidenceRefusedException(source, EvidenceRefusedException.Reason.NOT_A_FILE);
        }
        if (attributes.size() > MAX_BYTES) {
            throw new EvidenceRefusedException(source, EvidenceRefusedException.Reason.TOO_LARGE);
        }
        OwnerOnlyPermissions.createFolders(folder);
        Path temporary = Files.createTempFile(folder, ".attaching-", ".part", OwnerOnlyPermissions.forFile(folder));
        try {
            MessageDigest digest = sha256();
            long size = 0;
            try (InputStream in = Files.newInputStream(source);
                 FileChannel out = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    size += n;
                    if (size > MAX_BYTES) {     // it grew while being copied
                        throw new EvidenceRefusedException(source, EvidenceRefusedException.Reason.TOO_LARGE);
                    }
                    digest.update(buffer, 0, n);
                    ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, n);
                    while (bytes.hasRemaining()) {
                        out.write(bytes);
                    }
                }
                out.force(true);
            }
            String sha256 = HexFormat.of().formatHex(digest.digest());
            String storedName = place(temporary, sha256, size, extension(source));
            return new EvidenceFile(source.getFileName().toString(), storedName, sha256, size, at);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Gives the copy its name: the hash's first half, then -2, -3… past copies of other content. */
    private String place(Path temporary, String sha256, long size, String extension) throws IOException {
        String prefix = sha256.substring(0, 32);
        for (int n = 1; n <= MAX_SAME_PREFIX; n++) {
            String name = prefix + (n == 1 ? "" : "-" + n) + extension;
            Path target = folder.resolve(name);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                if (stateOf(target, size, sha256) == EvidenceState.INTACT) {
                    return name;            // the same content is already kept
                }
                continue;
            }
            try {
                Files.move(temporary, target); // never over an existing file
                return name;
            } catch (FileAlreadyExistsException appearedMeanwhile) {
                // try the next name
            }
        }
        throw new IOException("no free name for a copy in " + folder);
    }

    /** ".pdf", ".eml", ".png"…: only letters and digits, so the system still knows what opens it. */
    private static String extension(Path source) {
        String name = source.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return EXTENSION.matcher(extension).matches() ? "." + extension : "";
    }

    /** Where the copy is. Only names NoTrain makes are accepted, so the path is always inside the folder. */
    public Path locate(EvidenceFile file) {
        if (!validStoredName(file.storedName())) {
            throw new IllegalArgumentException("not a name NoTrain makes for a copy: " + file.storedName());
        }
        return folder.resolve(file.storedName());
    }

    /** Whether the copy is still what was attached, reading it whole unless its size already says no. */
    @Override
    public EvidenceState check(EvidenceFile file) {
        return quickCheck(file).orElseGet(() -> {
            Path path = locate(file);
            try {
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                EvidenceState state = stateOf(path, file.size(), file.sha256());
                checked.put(file.storedName(), new Checked(attributes.size(), attributes.lastModifiedTime(), state));
                return state;
            } catch (NoSuchFileException gone) {
                return EvidenceState.MISSING;
            } catch (IOException unreadable) {
                return EvidenceState.CHANGED;
            }
        });
    }

    /**
     * What can be told without reading the copy: missing, a different size, or what the last full
     * check found while the copy has not changed since; empty when only reading it will tell.
     */
    public Optional<EvidenceState> quickCheck(EvidenceFile file) {
        Path path = locate(file);
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException gone) {
            return Optional.of(EvidenceState.MISSING);
        } catch (IOException unreadable) {
            return Optional.of(EvidenceState.CHANGED);
        }
        if (!attributes.isRegularFile() || attributes.size() != file.size()) {
            return Optional.of(EvidenceState.CHANGED);
        }
        Checked last = checked.get(file.storedName());
        return last != null && last.size() == attributes.size() && last.modified().equals(attributes.lastModifiedTime())
                ? Optional.of(last.state()) : Optional.empty();
    }

    private static EvidenceState stateOf(Path path, long size, String sha256) throws IOException {
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) || Files.size(path) != size) {
            return EvidenceState.CHANGED;
        }
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest()).equals(sha256) ? EvidenceState.INTACT : EvidenceState.CHANGED;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }
}
