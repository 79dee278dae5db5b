package app.notrain.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.notrain.catalog.Catalog;
import app.notrain.catalog.CatalogReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The demo store: realistic, varied, and the same for the same seed. */
class DemoProgressTest {
    private static final Catalog CATALOG = CatalogReader.builtIn();
    private static final Instant END = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    void aBusinessStoreSpreadsItsAccountsOverOwnersGroupsAndEveryProtectionStatus() {
        ProgressData data = DemoProgress.generate(CATALOG, 300, 40, 7, END);

        assertThat(data.accounts()).hasSize(300);
        assertThat(data.accounts().stream().map(Account::owner).distinct()).hasSize(40);
        assertThat(data.accounts()).anySatisfy(a -> assertThat(a.group()).isNotNull());
        assertThat(data.profile().use()).isEqualTo(UseKind.BUSINESS);
        Assessment assessment = Assessment.of(new ProgressBook(CATALOG, data, java.time.Clock.fixed(END,
                ZoneOffset.UTC)), LocalDate.of(2026, 12, 1), ZoneOffset.UTC);
        assertThat(assessment.counts()).containsEntry(Protection.UNKNOWN, 0);
        assertThat(assessment.counts().entrySet()).filteredOn(e -> e.getValue() > 0).extracting(e -> e.getKey())
                .contains(Protection.EXPOSED, Protection.PENDING, Protection.PROTECTED, Protection.RECHECK_DUE,
                        Protection.REFUSED_BY_PLATFORM, Protection.NOT_CONCERNED);
        assertThat(assessment.actions()).anySatisfy(a -> assertThat(a.isGroup()).isTrue());
        assertThat(data.history()).allSatisfy(c -> assertThat(c.at()).isBeforeOrEqualTo(END));
    }

    @Test
    void theSameSeedGivesTheSameStoreAndOnePersonHasNoOwnerNames() {
        assertThat(DemoProgress.generate(CATALOG, 50, 5, 3, END)).isEqualTo(DemoProgress.generate(CATALOG, 50, 5, 3, END));
        ProgressData personal = DemoProgress.generate(CATALOG, 6, 1, 3, END);
        assertThat(personal.accounts()).hasSize(6).allSatisfy(a -> assertThat(a.owner()).isNull());
        assertThat(personal.profile().use()).isEqualTo(UseKind.PERSONAL);
        assertThat(personal.accounts().stream().map(Account::label).filter(Objects::nonNull).distinct()).hasSize(6);
    }

    @Test
    void nonsenseSizesAreRefused() {
        assertThatThrownBy(() -> DemoProgress.generate(CATALOG, -1, 1, 0, END))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DemoProgress.generate(CATALOG, 10, 0, 0, END))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
