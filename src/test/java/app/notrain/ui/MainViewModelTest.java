package app.notrain.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.Catalog;
import app.notrain.catalog.CatalogJson;
import app.notrain.catalog.CatalogReader;
import app.notrain.catalog.CatalogSource;
import app.notrain.i18n.Language;
import app.notrain.progress.Account;
import app.notrain.progress.CustomPlatform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's commands on a real store file, without starting JavaFX. */
class MainViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private AppState state;
    private MainViewModel model;

    @BeforeEach
    void start() {
        Path store = dir.resolve("progress.json");
        AppContext context = new AppContext(CLOCK, Language.EN, store,
                () -> CatalogSource.load(CatalogSource.importedFileFor(store)), url -> { }, text -> { },
                BackgroundWork.onCallingThread());
        state = new AppState(Language.EN, CLOCK);
        model = new MainViewModel(state, context);
        model.start();
    }

    @AfterEach
    void stop() {
        model.stop();
    }

    @Test
    void aNewerValidCatalogIsImportedKeptBesideTheStoreAndUsed() throws Exception {
        Path chosen = bundle("2099.01.01");

        model.importCatalog(chosen);

        assertThat(state.catalogProperty().get().catalogVersion()).isEqualTo("2099.01.01");
        assertThat(state.book().catalog().catalogVersion()).isEqualTo("2099.01.01");
        assertThat(Files.readString(dir.resolve("catalog.json"))).isEqualTo(Files.readString(chosen));
        assertThat(state.statusProperty().get()).startsWith("Guides version 2099.01.01 imported");
    }

    @Test
    void afterAnImportTheChangesThatConcernTheUsersAccountsAreListed() throws Exception {
        state.book().completeSetup(app.notrain.progress.Profile.DEFAULT);
        Account account = state.book().addAccount("linkedin", "me@work.example", null, null);
        String stepId = state.book().platform("linkedin").orElseThrow().steps().get(0).id();
        state.book().setStep(account.id(), stepId, app.notrain.progress.StepStatus.DONE, null, null, null);
        // The same guides, but LinkedIn's first step now says something else.
        com.google.gson.JsonObject json = CatalogJson.gson().toJsonTree(
                new Catalog("2099.01.01", CatalogReader.builtIn().platforms())).getAsJsonObject();
        for (com.google.gson.JsonElement platform : json.getAsJsonArray("platforms")) {
            if (platform.getAsJsonObject().get("id").getAsString().equals("linkedin")) {
                platform.getAsJsonObject().getAsJsonArray("steps").get(0).getAsJsonObject()
                        .getAsJsonObject("detail").addProperty("en", "Open the new AI data page and turn it off.");
            }
        }
        Path chosen = dir.resolve("changed.json");
        Files.writeString(chosen, CatalogJson.gson().toJson(json));

        model.importCatalog(chosen);

        assertThat(state.statusProperty().get()).contains("one change concerns your accounts");
        assertThat(model.guideUpdateLines(10)).singleElement().asString()
                .startsWith("LinkedIn · me@work.example: Step changed: ")
                .endsWith("(you had done it: check it again)");
    }

    @Test
    void anOlderCatalogChangesNothingAndSaysWhy() throws Exception {
        model.importCatalog(bundle("2001.01.01"));

        assertThat(state.catalogProperty().get().catalogVersion()).isEqualTo(CatalogReader.builtIn().catalogVersion());
        assertThat(dir.resolve("catalog.json")).doesNotExist();
        assertThat(state.statusProperty().get()).contains("not newer");
    }

    @Test
    void anInvalidCatalogChangesNothingAndListsTheProblems() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"catalogVersion\": \"2099.01.01\", \"platforms\": [{\"id\": \"x\", \"url\": \"http://a\"}]}");

        model.importCatalog(bad);

        assertThat(dir.resolve("catalog.json")).doesNotExist();
        assertThat(state.statusProperty().get()).startsWith("This file is not a valid guides file")
                .contains("x.url: expected an https:// address");
    }

    @Test
    void aCustomPlatformIsListedSelectedAndCanHoldAccounts() {
        var platform = CustomPlatform.create("Forum", null,
                List.of(new CustomPlatform.StepInput("Opt out", "Account > AI", "")), LocalDate.of(2026, 11, 22));

        model.addCustomPlatform(platform);
        Account account = state.book().addAccount(platform.id(), "me", null, null);

        assertThat(model.platformList().platforms()).extracting(p -> p.id()).contains("custom-forum");
        assertThat(state.selectedPlatformIdProperty().get()).isEqualTo("custom-forum");
        assertThat(model.selectedAccounts().orElseThrow().accounts()).extracting(c -> c.id())
                .containsExactly(account.id());
    }

    private Path bundle(String version) throws Exception {
        Catalog builtIn = CatalogReader.builtIn();
        Path file = dir.resolve("chosen-" + version + ".json");
        Files.writeString(file, CatalogJson.gson().toJson(new Catalog(version, builtIn.platforms())));
        return file;
    }
}
