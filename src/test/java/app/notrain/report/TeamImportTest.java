package app.notrain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.notrain.catalog.CatalogReader;
import app.notrain.i18n.Language;
import app.notrain.i18n.Messages;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.ProgressData;
import app.notrain.progress.Protection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TeamImport on its own: each person's newest report wins, and a refused file changes nothing. */
class TeamImportTest {
    private static final Instant NOW = Instant.parse("2026-12-10T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void twoReportsOfOnePersonInOneImportKeepTheNewerWhateverTheirOrder() throws Exception {
        Path newer = export("2026-12-01T10:00:00Z", "Alice", "newer.json", 2);
        Path older = export("2026-11-01T10:00:00Z", "alice", "older.json", 1);
        ProgressBook dpo = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY, Clock.fixed(NOW, ZoneOffset.UTC));

        List<TeamImport.Checked> checked = TeamImport.importAll(dpo, List.of(newer, older), NOW);

        assertThat(checked).extracting(TeamImport.Checked::outcome)
                .containsExactly(TeamImport.Outcome.REPLACED, TeamImport.Outcome.ADDED);
        assertThat(dpo.team()).singleElement().satisfies(s -> {
            assertThat(s.person()).isEqualTo("Alice");
            assertThat(s.accounts()).hasSize(2);
            assertThat(s.importedAt()).isEqualTo(NOW);
            assertThat(s.asOf()).isEqualTo(LocalDate.of(2026, 12, 1));
            assertThat(s.accounts().get(0).protection()).isEqualTo(Protection.EXPOSED);
        });
    }

    @Test
    void aRefusedFileKeepsTheWholeBatchOut() throws Exception {
        Path good = export("2026-12-01T10:00:00Z", "Alice", "good.json", 1);
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\":\"notrain-report\",\"formatVersion\":2}");
        ProgressBook dpo = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThatThrownBy(() -> TeamImport.importAll(dpo, List.of(good, bad), NOW))
                .isInstanceOfSatisfying(TeamImport.Refused.class, r -> {
                    assertThat(r.problem()).isEqualTo(TeamImport.Problem.OLDER_FORMAT);
                    assertThat(r.file()).isEqualTo(bad);
                    assertThat(r.inWords(Messages.of(Language.FR))).contains("vient d’un NoTrain plus ancien");
                });
        assertThat(dpo.team()).isEmpty();
    }

    private Path export(String at, String person, String name, int accounts) throws Exception {
        Clock clock = Clock.fixed(Instant.parse(at), ZoneOffset.UTC);
        ProgressBook book = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY, clock);
        for (int i = 0; i < accounts; i++) {
            book.addAccount("facebook", "page " + i, null, null);
        }
        Path out = dir.resolve(name);
        ReportWriter.write(ProgressReport.of(book, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC),
                ZoneOffset.UTC, Messages.of(Language.EN), null, person), new JsonReport(), out);
        return out;
    }
}
