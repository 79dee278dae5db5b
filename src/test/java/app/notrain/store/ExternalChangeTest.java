package app.notrain.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.notrain.progress.Account;
import app.notrain.progress.ProgressData;
import app.notrain.progress.StepRecord;
import app.notrain.progress.StepStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file changed by another program under a running NoTrain is noticed, never saved over, and resolved by the user. */
class ExternalChangeTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-05-22T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path file;
    private ProgressStore mine;

    @BeforeEach
    void open() throws Exception {
        file = dir.resolve("progress.json");
        mine = ProgressStore.open(file, CLOCK);
        mine.save(with(mine.load(), "mine-1", "Mine"));
    }

    @AfterEach
    void close() throws Exception {
        mine.close();
    }

    @Test
    void aReplacementByAnotherValidStoreStopsEverySave() throws Exception {
        byte[] theirs = replaceWithTheirs();

        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> mine.save(with(ProgressData.EMPTY, "mine-2", "Lost?")))
                    .isInstanceOf(StoreChangedOutsideException.class)
                    .hasMessageContaining(file.toString()).hasMessageContaining("changed by another program");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(theirs);
    }

    @Test
    void anEditInPlaceKeepingSizeAndTimeIsNoticed() throws Exception {
        FileTime modified = Files.getLastModifiedTime(file);
        long size = Files.size(file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, text.replace("Mine", "Hers"), StandardCharsets.UTF_8); // same length
        Files.setLastModifiedTime(file, modified);
        assertThat(Files.size(file)).isEqualTo(size);

        assertThatThrownBy(() -> mine.save(ProgressData.EMPTY)).isInstanceOf(StoreChangedOutsideException.class);
        assertThat(Files.readString(file)).contains("Hers");
    }

    @Test
    void onlyATouchIsNotAChange() throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));

        mine.save(with(ProgressData.EMPTY, "mine-2", "Second"));

        assertThat(Files.readString(file)).contains("Second");
    }

    @Test
    void reloadingAdoptsTheirsAndSavingResumes() throws Exception {
        replaceWithTheirs();
        assertThatThrownBy(() -> mine.save(ProgressData.EMPTY)).isInstanceOf(StoreChangedOutsideException.class);

        ProgressData theirs = mine.load();
        mine.save(with(theirs, "mine-3", "After reload"));

        assertThat(mine.load().accounts()).extracting(Account::label).containsExactly("Mine", "Theirs", "After reload");
    }

    @Test
    void keepingMineKeepsTheirsAsideAndAsTheNewestBackup() throws Exception {
        byte[] theirs = replaceWithTheirs();
        ProgressData myVersion = with(with(ProgressData.EMPTY, "mine-1", "Mine"), "mine-2", "Also mine");

        Optional<Path> kept = mine.keepMine(myVersion);

        assertThat(kept).hasValue(dir.resolve("progress.json.theirs-20250522-100000"));
        assertThat(contentOf(kept.get())).isEqualTo(theirs);
        assertThat(contentOf(AtomicFile.backupOf(file, 1))).isEqualTo(theirs);
        assertThat(mine.load().accounts()).extracting(Account::label).containsExactly("Mine", "Also mine");
        mine.save(with(myVersion, "mine-3", "Saving resumed"));
    }

    @Test
    void keepingMineAfterTheyDeletedTheFileWritesItAgain() throws Exception {
        Files.delete(file);
        assertThatThrownBy(() -> mine.save(ProgressData.EMPTY)).isInstanceOf(StoreChangedOutsideException.class);

        assertThat(mine.keepMine(with(ProgressData.EMPTY, "mine-1", "Back"))).isEmpty();

        assertThat(Files.readString(file)).contains("Back");
    }

    @Test
    void theComparisonCountsAccountsAndStepsOnEachSide() throws Exception {
        replaceWithTheirs();
        ProgressData myVersion = with(with(ProgressData.EMPTY, "mine-1", "Mine"), "mine-2", "Also mine");
        myVersion = withStep(myVersion, "mine-2");

        StoreComparison comparison = mine.compareWithDisk(myVersion);

        assertThat(comparison.accountsMine()).isEqualTo(2);
        assertThat(comparison.stepsMine()).isEqualTo(1);
        assertThat(comparison.accountsTheirs()).isEqualTo(2);
        assertThat(comparison.stepsTheirs()).isZero();
        assertThat(comparison.onlyMine()).containsExactly("Also mine");
        assertThat(comparison.onlyTheirs()).containsExactly("Theirs");
        assertThat(comparison.sameOutline()).isFalse();
    }

    @Test
    void aDamagedVersionOnDiskIsComparedAsUnreadable() throws Exception {
        Files.writeString(file, "{ not json");

        StoreComparison comparison = mine.compareWithDisk(with(ProgressData.EMPTY, "mine-1", "Mine"));

        assertThat(comparison.theirsProblem()).contains(file.toString());
        assertThat(comparison.onlyMine()).containsExactly("Mine");
    }

    /** A sync tool puts another valid store in place: made by NoTrain elsewhere, copied over this one. */
    private byte[] replaceWithTheirs() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("other-device")).resolve("progress.json");
        try (ProgressStore other = ProgressStore.open(elsewhere, CLOCK)) {
            other.save(with(with(ProgressData.EMPTY, "mine-1", "Mine"), "theirs-1", "Theirs"));
        }
        Files.copy(elsewhere, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return Files.readAllBytes(file);
    }

    private static byte[] contentOf(Path path) throws Exception {
        return Files.readAllBytes(path);
    }

    private static ProgressData with(ProgressData data, String id, String label) {
        List<Account> accounts = new ArrayList<>(data.accounts());
        // Ids as NoTrain makes them: the platform, a dash and a number.
        accounts.add(new Account(id, id.substring(0, id.lastIndexOf('-')), label, null, null));
        return new ProgressData(data.profile(), data.setupDone(), accounts, data.steps(), data.history(),
                data.customPlatforms(), data.preferences(), data.lastOpened());
    }

    private static ProgressData withStep(ProgressData data, String accountId) {
        Map<String, Map<String, StepRecord>> steps = new HashMap<>(data.steps());
        steps.put(accountId, Map.of("step-1", new StepRecord(StepStatus.DONE, CLOCK.instant(), null, null, null, null,
                List.of())));
        return new ProgressData(data.profile(), data.setupDone(), data.accounts(), steps, data.history(),
                data.customPlatforms(), data.preferences(), data.lastOpened());
    }
}
