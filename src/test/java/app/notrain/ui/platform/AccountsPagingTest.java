package app.notrain.ui.platform;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.CatalogReader;
import app.notrain.catalog.Region;
import app.notrain.i18n.Language;
import app.notrain.i18n.Messages;
import app.notrain.progress.Profile;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.ProgressData;
import app.notrain.progress.UseKind;
import app.notrain.store.EvidenceFolder;
import app.notrain.ui.BackgroundWork;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A platform with a business's accounts shows them a page at a time, with a filter. */
class AccountsPagingTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
    private final ProgressBook book = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY, CLOCK);
    @TempDir
    Path dir;

    private AccountsViewModel model() {
        book.completeSetup(new Profile(Region.EU_EEA, true, UseKind.BUSINESS));
        for (int i = 1; i <= 45; i++) {
            book.addAccount("linkedin", "account " + i, i % 2 == 0 ? "Alice" : "Bob", null);
        }
        return new AccountsViewModel(book, book.platform("linkedin").orElseThrow(), Messages.of(Language.EN),
                LocalDate.of(2026, 12, 1), ZoneOffset.UTC, url -> { },
                new EvidenceAccess(EvidenceFolder.beside(dir.resolve("progress.json")), BackgroundWork.onCallingThread(),
                        CLOCK));
    }

    @Test
    void pagesOfTwentyWithPreviousAndNext() {
        AccountsViewModel model = model();

        assertThat(model.isPaged()).isTrue();
        assertThat(model.accounts()).hasSize(20).first().extracting(AccountsViewModel.AccountCard::title)
                .isEqualTo("account 1");
        assertThat(model.pageText()).isEqualTo("Accounts 1–20 of 45");
        assertThat(model.hasPreviousPage()).isFalse();

        model.nextPage();
        model.nextPage();
        model.nextPage();            // there is no fourth page

        assertThat(model.pageText()).isEqualTo("Accounts 41–45 of 45");
        assertThat(model.accounts()).hasSize(5);
        assertThat(model.hasNextPage()).isFalse();
    }

    @Test
    void theFilterNarrowsAndOpeningAnAccountShowsItsPage() {
        AccountsViewModel model = model();

        model.setFilter("account 4");            // 4, 40 to 45
        assertThat(model.accounts()).extracting(AccountsViewModel.AccountCard::title)
                .containsExactly("account 4", "account 40", "account 41", "account 42", "account 43", "account 44",
                        "account 45");
        model.setFilter("nobody");
        assertThat(model.pageText()).isEqualTo("No account matches");

        model.showAccount("linkedin-33");
        assertThat(model.filter()).isEmpty();
        assertThat(model.accounts()).extracting(AccountsViewModel.AccountCard::id).contains("linkedin-33");
    }

    @Test
    void anAddedAccountIsShownOnItsPage() {
        AccountsViewModel model = model();

        model.addAccount("newcomer", null, null);

        assertThat(model.accounts()).extracting(AccountsViewModel.AccountCard::title).contains("newcomer");
    }
}
