package app.notrain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The organisation checklist is data like the guides: read, validated, sourced, in both languages. */
class OrganisationChecklistTest {
    private static final Catalog BUILT_IN = CatalogReader.builtIn();

    @Test
    void theBuiltInChecklistHasTheMeasuresOfTheSourcesEachSourcedAndExplained() {
        OrganisationChecklist checklist = BUILT_IN.organisation();

        assertThat(checklist.ids()).containsExactly("train-team", "social-media-charter", "editorial-review",
                "owned-channels", "systematic-opt-outs", "blur-watermark", "dpo-register", "dpo-policy-watch",
                "annual-review");
        assertThat(checklist.measures()).allSatisfy(m -> {
            assertThat(checklist.sourcesOf(m)).isNotEmpty();
            assertThat(m.recheckDays()).isPositive();
            assertThat(m.detail().fr()).doesNotContain("'");
        });
        assertThat(CatalogValidator.validate(BUILT_IN)).isEmpty();
    }

    @Test
    void aMeasureCitingAnUnknownSourceOrWithoutIntervalIsAProblemThatSaysWhere() {
        Measure unsourced = new Measure("charter", new Text("Charter", "Charte"), new Text("Write it.", "L’écrire."),
                null, List.of("nowhere"));
        Measure unnamed = new Measure("Not An Id", new Text("", "Titre"), new Text("Do.", "Faire."), 0, List.of());
        Catalog catalog = BUILT_IN.withOrganisation(new OrganisationChecklist(null,
                List.of(new Source("s1", "CNIL", "A page", "http://www.cnil.fr", null)), List.of(unsourced, unnamed)));

        assertThat(CatalogValidator.validate(catalog)).contains(
                "organisation.measures[0].recheckDays: say after how many days a measure done is reviewed again",
                "organisation.measures[0].sources: \"nowhere\" is not in the organisation's sources",
                "organisation.measures[1].id: expected a lowercase kebab-case id, found \"Not An Id\"",
                "organisation.measures[1].title.en: missing or blank",
                "organisation.measures[1].recheckDays: expected a number above 0, found 0",
                "organisation.measures[1].sources: cite at least one source",
                "organisation.sources[0].url: expected an https:// address, found \"http://www.cnil.fr\"");
    }

    @Test
    void anImportedBundleWithoutAChecklistKeepsTheBuiltInOne() throws Exception {
        Catalog bundle = CatalogReader.readBundle(CatalogJson.gson().toJson(new Catalog("2099.01.01",
                BUILT_IN.platforms())), "newer guides");

        assertThat(bundle.organisation().ids()).isEqualTo(BUILT_IN.organisation().ids());
    }
}
