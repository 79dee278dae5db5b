package app.notrain.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.notrain.progress.EvidenceFile;
import app.notrain.progress.EvidenceState;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Copies of evidence files: hashed, owner-only, under names that cannot collide or escape the folder. */
class EvidenceFolderTest {
    private static final Instant AT = Instant.parse("2026-11-22T10:00:00Z");

    @TempDir
    Path dir;

    private EvidenceFolder folder() {
        return EvidenceFolder.beside(dir.resolve("progress.json"));
    }

    private Path source(String name, String content) throws Exception {
        Path sources = Files.createDirectories(dir.resolve("sources"));
        return Files.writeString(sources.resolve(name), content);
    }

    @Test
    void theFolderIsBesideTheStoreAndNamedAfterIt() {
        assertThat(folder().folder()).isEqualTo(dir.resolve("progress.evidence").toAbsolutePath());
        assertThat(EvidenceFolder.beside(dir.resolve("notes")).folder())
                .isEqualTo(dir.resolve("notes.evidence").toAbsolutePath());
    }

    @Test
    void aCopyKeepsItsHashSizeAndDateAndIsOwnerOnly() throws Exception {
        String content = "From: privacy@example.com\nSubject: Your objection was accepted\n";
        EvidenceFile file = folder().copyIn(source("Confirmation.EML", content), AT);

        byte[] expected = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
        assertThat(file.sha256()).isEqualTo(HexFormat.of().formatHex(expected));
        assertThat(file.size()).isEqualTo(content.getBytes(StandardCharsets.UTF_8).length);
        assertThat(file.originalName()).isEqualTo("Confirmation.EML");
        assertThat(file.attachedAt()).isEqualTo(AT);
        assertThat(file.storedName()).isEqualTo(file.sha256().substring(0, 32) + ".eml");
        Path copy = folder().locate(file);
        assertThat(copy).hasContent(content);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy.getParent())))
                .isEqualTo("rwx------");
        assertThat(folder().check(file)).isEqualTo(EvidenceState.INTACT);
    }

    @Test
    void theOriginalNameIsNeverUsedForThePath() throws Exception {
        EvidenceFile file = folder().copyIn(source("..screenshot ..\u202Egnp.exe", "pixels"), AT);

        assertThat(file.originalName()).isEqualTo("..screenshot ..\u202Egnp.exe");
        assertThat(file.storedName()).matches("[0-9a-f]{32}\\.exe");
        assertThat(folder().locate(file).getParent()).isEqualTo(folder().folder());
        assertThatThrownBy(() -> folder().locate(new EvidenceFile("x", "../../progress.json", file.sha256(), 1, AT)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoFilesOfOneNameNeverCollideAndOneContentIsKeptOnce() throws Exception {
        EvidenceFile first = folder().copyIn(source("screenshot.png", "first"), AT);
        EvidenceFile second = folder().copyIn(Files.writeString(dir.resolve("screenshot.png"), "second"), AT);
        EvidenceFile again = folder().copyIn(source("other name.png", "first"), AT);

        assertThat(second.storedName()).isNotEqualTo(first.storedName());
        assertThat(again.storedName()).isEqualTo(first.storedName());
        assertThat(folder().locate(first)).hasContent("first");
        assertThat(folder().locate(second)).hasContent("second");
        try (Stream<Path> kept = Files.list(folder().folder())) {
            assertThat(kept).hasSize(2);    // no half-copied file left behind
        }
    }

    @Test
    void aCopyWhoseNameIsTakenByOtherContentGetsTheNextName() throws Exception {
        EvidenceFile first = folder().copyIn(source("a.pdf", "evidence"), AT);
        Files.writeString(folder().locate(first), "tampered");   // same name, other content

        EvidenceFile again = folder().copyIn(source("b.pdf", "evidence"), AT);

        assertThat(again.storedName()).isEqualTo(first.sha256().substring(0, 32) + "-2.pdf");
        assertThat(folder().locate(first)).hasContent("tampered");
        assertThat(folder().check(again)).isEqualTo(EvidenceState.INTACT);
    }

    @Test
    void aFileOverTheLimitIsRefusedAndNothingIsLeft() throws Exception {
        Path big = dir.resolve("video.mp4");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(EvidenceFolder.MAX_BYTES + 1);
        }

        assertThatThrownBy(() -> folder().copyIn(big, AT)).isInstanceOfSatisfying(EvidenceRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(EvidenceRefusedException.Reason.TOO_LARGE));
        assertThat(folder().folder()).doesNotExist();
    }

    @Test
    void aFolderIsNotAFile() {
        assertThatThrownBy(() -> folder().copyIn(dir, AT)).isInstanceOfSatisfying(EvidenceRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(EvidenceRefusedException.Reason.NOT_A_FILE));
    }

    @Test
    void aChangedOrMissingCopyIsTold() throws Exception {
        EvidenceFolder folder = folder();
        EvidenceFile file = folder.copyIn(source("shot.png", "original"), AT);
        assertThat(folder.check(file)).isEqualTo(EvidenceState.INTACT);

        Files.writeString(folder.locate(file), "ORIGINAL");    // same size: only the hash tells
        Files.setLastModifiedTime(folder.locate(file), java.nio.file.attribute.FileTime.from(AT));
        assertThat(folder.quickCheck(file)).isEmpty();
        assertThat(folder.check(file)).isEqualTo(EvidenceState.CHANGED);
        assertThat(folder.quickCheck(file)).contains(EvidenceState.CHANGED);   // remembered while unchanged

        Files.writeString(folder.locate(file), "longer than before");
        assertThat(folder.quickCheck(file)).contains(EvidenceState.CHANGED);

        Files.delete(folder.locate(file));
        assertThat(folder.check(file)).isEqualTo(EvidenceState.MISSING);
    }
}
