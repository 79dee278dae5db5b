package app.notrain.catalog;

import com.google.gson.JsonParseException;
import com.google.gson.annotations.SerializedName;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The controllers the objection letters are addressed to (one per platform where the GDPR
 * applies) and the supervisory authorities the complaints go to, read from controllers.json and
 * authorities.json beside the platform guides (docs/letters.md). Validated like the guides: a
 * build test fails on a platform without its controller, an unknown authority or a bare URL.
 */
public final class LegalContacts {
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[a-z]{2,}");

    private record ControllersFile(LocalDate checked, Map<String, Controller> controllers) {
    }

    private record AuthoritiesFile(LocalDate checked, @SerializedName("othersUrl") String othersUrl,
                                   Map<String, Authority> authorities) {
    }

    private final LocalDate checked;
    private final Map<String, Controller> controllers;
    private final Map<String, Authority> authorities;
    private final String othersUrl;

    private LegalContacts(LocalDate checked, Map<String, Controller> controllers, Map<String, Authority> authorities,
                          String othersUrl) {
        this.checked = checked;
        this.controllers = controllers;
        this.authorities = authorities;
        this.othersUrl = othersUrl;
    }

    /** The contacts shipped with the app; a failure is a packaging bug (the build validates them). */
    public static LegalContacts builtIn() {
        try {
            return read();
        } catch (CatalogException e) {
            throw new IllegalStateException("The built-in controllers or authorities are invalid: " + e.getMessage(), e);
        }
    }

    /** Reads both files without checking them against a catalog ({@link #validate} does). */
    static LegalContacts read() throws CatalogException {
        ControllersFile c = parse("controllers.json", ControllersFile.class);
        AuthoritiesFile a = parse("authorities.json", AuthoritiesFile.class);
        if (c == null || c.controllers() == null) {
            throw new CatalogException("controllers.json", List.of("no \"controllers\" object"));
        }
        if (a == null || a.authorities() == null) {
            throw new CatalogException("authorities.json", List.of("no \"authorities\" object"));
        }
        Map<String, Authority> byId = new LinkedHashMap<>();
        a.authorities().forEach((id, auth) -> byId.put(id, auth == null ? null
                : new Authority(id, auth.name(), auth.country(), auth.address(), auth.complaintUrl(), auth.source(),
                auth.verified())));
        return new LegalContacts(c.checked(), new LinkedHashMap<>(c.controllers()), byId, a.othersUrl());
    }

    /** When the files were last checked against their sources. */
    public LocalDate checked() {
        return checked;
    }

    public Optional<Controller> controller(String platformId) {
        return Optional.ofNullable(controllers.get(platformId));
    }

    public Optional<Authority> authority(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(authorities.get(id));
    }

    /** The authority of a country (ISO code, {@code GB} for the UK), when the table has it. */
    public Optional<Authority> authorityOf(String country) {
        if (country == null) {
            return Optional.empty();
        }
        String code = country.strip().toUpperCase(Locale.ROOT);
        String wanted = code.equals("UK") ? "GB" : code;
        return authorities.values().stream().filter(a -> a.country().equals(wanted)).findFirst();
    }

    /** The EDPB's list of every national authority, for a country the table does not have. */
    public String othersUrl() {
        return othersUrl;
    }

    /**
     * True when the GDPR (or the UK GDPR) governs the platform's refusal: it offers it in the
     * EU/EEA or the UK, or its refusal is an objection form. These need a controller.
     */
    public static boolean gdprApplies(Platform platform) {
        return platform.optOut() != OptOutKind.NOT_NEEDED
                && (platform.optOutRegions().contains(Region.EU_EEA) || platform.optOutRegions().contains(Region.UK)
                || platform.optOut() == OptOutKind.OBJECTION_FORM);
    }

    /** Everything wrong with these contacts for this catalog, in words; empty when they are sound. */
    public List<String> validate(Catalog catalog) {
        List<String> problems = new ArrayList<>();
        for (Platform p : catalog.platforms()) {
            if (gdprApplies(p) && !controllers.containsKey(p.id())) {
                problems.add("controllers.json: no controller for " + p.id()
                        + " (its refusal is offered in the EU/EEA or the UK)");
            }
        }
        controllers.forEach((id, c) -> {
            String where = "controllers.json: " + id + ": ";
            if (catalog.platforms().stream().noneMatch(p -> p.id().equals(id))) {
                problems.add(where + "no platform has this id");
            }
            if (c == null) {
                problems.add(where + "empty");
                return;
            }
            if (blank(c.legalName())) {
                problems.add(where + "no legalName");
            }
            if (c.address().isEmpty() || c.address().stream().anyMatch(LegalContacts::blank)) {
                problems.add(where + "no address, or an empty line in it");
            }
            if (c.country() == null || !COUNTRY.matcher(c.country()).matches()) {
                problems.add(where + "country must be a two-letter ISO code, e.g. IE");
            }
            if (c.contact() == null || c.contact().kind() == null || blank(c.contact().value())) {
                problems.add(where + "no contact (kind WEB_FORM or EMAIL, and its value)");
            } else if (c.contact().kind() == Controller.Contact.Kind.WEB_FORM && !https(c.contact().value())) {
                problems.add(where + "the contact form must be an https:// URL");
            } else if (c.contact().kind() == Controller.Contact.Kind.EMAIL && !EMAIL.matcher(c.contact().value()).matches()) {
                problems.add(where + "the contact e-mail is not an address");
            }
            if (c.leadAuthority() != null && !authorities.containsKey(c.leadAuthority())) {
                problems.add(where + "unknown leadAuthority " + c.leadAuthority());
            }
            if (c.leadAuthority() == null && "IE".equals(c.country())) {
                problems.add(where + "a controller established in Ireland needs its leadAuthority");
            }
            checkSource(c.source(), where, problems);
        });
        authorities.forEach((id, a) -> {
            String where = "authorities.json: " + id + ": ";
            if (a == null || a.name() == null || blank(a.name().en()) || blank(a.name().fr())) {
                problems.add(where + "a name in English and French is needed");
                return;
            }
            if (a.country() == null || !COUNTRY.matcher(a.country()).matches()) {
                problems.add(where + "country must be a two-letter ISO code");
            }
            if (a.address().isEmpty()) {
                problems.add(where + "no address");
            }
            if (!https(a.complaintUrl())) {
                problems.add(where + "complaintUrl must be an https:// URL");
            }
            checkSource(a.source(), where, problems);
        });
        if (!https(othersUrl)) {
            problems.add("authorities.json: othersUrl must be an https:// URL");
        }
        if (checked == null) {
            problems.add("controllers.json: no \"checked\" date");
        }
        return problems;
    }

    private static void checkSource(Source source, String where, List<String> problems) {
        if (source == null || blank(source.title()) || !https(source.url())) {
            problems.add(where + "a source with a title and an https:// URL is needed");
        }
    }

    private static boolean https(String url) {
        return url != null && url.startsWith("https://") && url.length() > "https://".length();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static <T> T parse(String name, Class<T> type) throws CatalogException {
        try (InputStream in = LegalContacts.class.getResourceAsStream(CatalogReader.ROOT + name)) {
            if (in == null) {
                throw new CatalogException(name, List.of("missing from the application"));
            }
            return CatalogJson.gson().fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8), type);
        } catch (IOException | JsonParseException e) {
            throw new CatalogException(name, List.of("cannot be read: " + e.getMessage()));
        }
    }
}
