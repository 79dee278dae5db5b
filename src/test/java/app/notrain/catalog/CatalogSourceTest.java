package app.notrain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An imported catalog is used only when it is valid and newer than the built-in one. */
class CatalogSourceTest {
    @TempDir
    Path dir;

    @Test
    void withoutAnImportTheBuiltInCatalogIsUsed() {
        CatalogSource.Effective effective = CatalogSource.load(dir.resolve("catalog.json"));

        assertThat(effective.catalog().catalogVersion()).isEqualTo(CatalogReader.builtIn().catalogVersion());
        assertThat(effective.importProblem()).isNull();
    }

    @Test
    void aNewerValidImportReplacesTheBuiltInCatalog() throws Exception {
        Path file = bundle("2099.01.01");

        assertThat(CatalogSource.load(file).catalog().catalogVersion()).isEqualTo("2099.01.01");
    }

    @Test
    void anOlderImportIsIgnoredSilently() throws Exception {
        Path file = bundle("2001.01.01");

        CatalogSource.Effective effective = CatalogSource.load(file);
        assertThat(effective.catalog().catalogVersion()).isEqualTo(CatalogReader.builtIn().catalogVersion());
        assertThat(effective.importProblem()).isNull();
    }

    @Test
    void aDamagedImportFallsBackToTheBuiltInCatalogAndSaysWhy() throws Exception {
        Path file = dir.resolve("catalog.json");
        Files.writeString(file, "{\"catalogVersion\": \"2099.01.01\", \"platforms\": [{\"id\": \"BAD ID\"}]}");

        CatalogSource.Effective effective = CatalogSource.load(file);
        assertThat(effective.catalog().catalogVersion()).isEqualTo(CatalogReader.builtIn().catalogVersion());
        assertThat(effective.importProblem()).contains("kebab-case");
    }

    @Test
    void theImportedFileLivesNextToTheStore() {
        assertThat(CatalogSource.importedFileFor(dir.resolve("progress.json"))).isEqualTo(dir.resolve("catalog.json"));
    }

    /** The built-in catalog re-labelled with another version: a realistic, valid bundle. */
    private Path bundle(String version) throws Exception {
        Catalog builtIn = CatalogReader.builtIn();
        Path file = dir.resolve("catalog.json");
        Files.writeString(file, CatalogJson.gson().toJson(new Catalog(version, builtIn.platforms())),
                StandardCharsets.UTF_8);
        return file;
    }
}
