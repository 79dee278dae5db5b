package app.notrain.catalog;

import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the built-in catalog from the class path, or a catalog bundle from a file, and validates it. */
public final class CatalogReader {
    static final String ROOT = "/app/notrain/catalog/";

    private record Index(String catalogVersion, java.time.LocalDate date, List<String> platforms) {
    }

    /** regulatory.json: the regulatory context, shared by the platforms it names. */
    private record RegulatoryFile(List<RegulatoryAction> actions) {
    }

    /** changelog.json: the dated changes of the guides. */
    private record ChangelogFile(List<GuideChange> changes) {
    }

    private CatalogReader() {
    }

    /**
     * The catalog shipped with the app, read and validated once per process (it is immutable). It is
     * validated by the build, so a failure here is a packaging bug.
     */
    public static Catalog builtIn() {
        return BuiltIn.CATALOG;
    }

    /** Read on first use: the class is initialised once, by one thread. */
    private static final class BuiltIn {
        static final Catalog CATALOG = read();

        private static Catalog read() {
            try {
                return validated("built-in catalog", readBuiltIn());
            } catch (CatalogException e) {
                throw new IllegalStateException("The built-in catalog is invalid: " + e.getMessage(), e);
            }
        }
    }

    /** The built-in catalog exactly as read, without validation (the build test validates it). */
    static Catalog readBuiltIn() throws CatalogException {
        Index index = parse(resource("index.json"), Index.class, "index.json");
        if (index == null || index.platforms() == null) {
            throw new CatalogException("index.json", List.of("no \"platforms\" list"));
        }
        List<Platform> platforms = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String id : index.platforms()) {
            String origin = "platforms/" + id + ".json";
            try {
                Platform platform = parse(resource("platforms/" + id + ".json"), Platform.class, origin);
                if (platform != null && !id.equals(platform.id())) {
                    problems.add(origin + ": id \"" + platform.id() + "\" differs from the file name");
                }
                platforms.add(platform);
            } catch (CatalogException e) {
                problems.addAll(e.problems().stream().map(p -> origin + ": " + p).toList());
            }
        }
        if (!problems.isEmpty()) {
            throw new CatalogException("built-in catalog", problems);
        }
        RegulatoryFile regulatory = parse(resource("regulatory.json"), RegulatoryFile.class, "regulatory.json");
        ChangelogFile changelog = parse(resource("changelog.json"), ChangelogFile.class, "changelog.json");
        return new Catalog(index.catalogVersion(), index.date(), platforms,
                regulatory == null ? List.of() : regulatory.actions(),
                changelog == null ? List.of() : changelog.changes(), readOrganisation());
    }

    /** organisation.json: the measures a business takes as an organisation. */
    private static OrganisationChecklist readOrganisation() throws CatalogException {
        OrganisationChecklist checklist = parse(resource("organisation.json"), OrganisationChecklist.class,
                "organisation.json");
        if (checklist == null) {
            throw new CatalogException("organisation.json", List.of("the file is empty"));
        }
        return checklist;
    }

    /**
     * A catalog bundle ({@code {"catalogVersion": …, "platforms": […], "regulatory": […],
     * "changelog": […], "organisation": {…}}}) from a file the user chose; the last three may be absent.
     */
    public static Catalog readBundle(Path file) throws CatalogException {
        String origin = file.toString();
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CatalogException(origin, List.of("cannot be read: " + e.getMessage()));
        }
        return readBundle(json, origin);
    }

    /**
     * A catalog bundle from its text; {@code origin} names it in the problems. A bundle without an
     * {@code organisation} checklist keeps the built-in one: newer guides for the platforms do not
     * take a business's measures away.
     */
    public static Catalog readBundle(String json, String origin) throws CatalogException {
        Catalog bundle = parse(json, Catalog.class, origin);
        if (bundle != null && bundle.organisation().isEmpty()) {
            bundle = bundle.withOrganisation(readOrganisation());
        }
        return validated(origin, bundle);
    }

    private static Catalog validated(String origin, Catalog catalog) throws CatalogException {
        if (catalog == null) {
            throw new CatalogException(origin, List.of("the file is empty"));
        }
        List<String> problems = CatalogValidator.validate(catalog);
        if (!problems.isEmpty()) {
            throw new CatalogException(origin, problems);
        }
        return catalog;
    }

    private static <T> T parse(String json, Class<T> type, String origin) throws CatalogException {
        try {
            return CatalogJson.gson().fromJson(json, type);
        } catch (JsonParseException e) {
            String reason = e.getCause() instanceof IOException io ? io.getMessage() : e.getMessage();
            throw new CatalogException(origin, List.of("not a valid catalog file: " + reason));
        }
    }

    private static String resource(String name) throws CatalogException {
        try (InputStream in = CatalogReader.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new CatalogException(name, List.of("missing from the application"));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CatalogException(name, List.of("cannot be read: " + e.getMessage()));
        }
    }
}
