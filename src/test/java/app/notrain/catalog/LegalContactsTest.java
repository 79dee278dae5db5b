package app.notrain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The built-in controllers and authorities hold for the built-in catalog (docs/letters.md). */
class LegalContactsTest {
    private final Catalog catalog = CatalogReader.builtIn();
    private final LegalContacts contacts = LegalContacts.builtIn();

    @Test
    void everyPlatformUnderTheGdprHasAValidControllerAndEveryAuthorityIsSourced() {
        assertThat(contacts.validate(catalog)).isEmpty();
    }

    @Test
    void aCatalogWithAGdprPlatformTheContactsDoNotKnowFails() {
        Platform meta = catalog.platforms().stream().filter(p -> p.id().equals("facebook")).findFirst().orElseThrow();
        Platform newcomer = new Platform("newcomer", "Newcomer", "New Co", null, meta.checked(), meta.optOut(),
                meta.difficulty(), meta.minutes(), meta.summary(), meta.regionNote(), meta.optOutRegions(),
                meta.minorsExcluded(), meta.scope(), meta.settingsPaths(), meta.url(), meta.dates(), meta.steps(),
                meta.caveats(), meta.privacyScore(), meta.recheckDays(), meta.sources(), meta.group(), meta.urlStatus(),
                meta.notVerified());
        java.util.List<Platform> platforms = new java.util.ArrayList<>(catalog.platforms());
        platforms.add(newcomer);

        assertThat(contacts.validate(new Catalog(catalog.catalogVersion(), platforms)))
                .contains("controllers.json: no controller for newcomer (its refusal is offered in the EU/EEA or the UK)");
    }

    @Test
    void metaIsAddressedInDublinUnderTheIrishDpcAndFranceComplainsToTheCnil() {
        Controller meta = contacts.controller("instagram").orElseThrow();

        assertThat(meta.legalName()).isEqualTo("Meta Platforms Ireland Limited");
        assertThat(meta.addressLine()).isEqualTo("Merrion Road, Dublin 4, D04 X2K5, Ireland");
        assertThat(contacts.authority(meta.leadAuthority()).orElseThrow().name().en())
                .startsWith("Data Protection Commission");
        assertThat(contacts.authorityOf("fr").orElseThrow().complaintUrl()).isEqualTo("https://www.cnil.fr/fr/plaintes");
        assertThat(contacts.authorityOf("UK").orElseThrow().id()).isEqualTo("uk-ico");
        assertThat(contacts.authorityOf("PT")).isEmpty();
    }

    @Test
    void platformsThatDoNotTrainOrOfferNoEuRefusalNeedNoController() {
        Platform bluesky = catalog.platforms().stream().filter(p -> p.id().equals("bluesky")).findFirst().orElseThrow();
        Platform tiktok = catalog.platforms().stream().filter(p -> p.id().equals("tiktok")).findFirst().orElseThrow();

        assertThat(LegalContacts.gdprApplies(bluesky)).isFalse();
        assertThat(LegalContacts.gdprApplies(tiktok)).isTrue();
    }
}
