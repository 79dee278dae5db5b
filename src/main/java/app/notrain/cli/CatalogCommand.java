package app.notrain.cli;

import app.notrain.catalog.Catalog;
import app.notrain.catalog.CatalogJson;
import app.notrain.catalog.CatalogTexts;
import app.notrain.catalog.Caveat;
import app.notrain.catalog.GuidesAge;
import app.notrain.catalog.PathCheck;
import app.notrain.catalog.PathStatus;
import app.notrain.catalog.RegulatoryAction;
import app.notrain.catalog.KeyDate;
import app.notrain.catalog.Platform;
import app.notrain.catalog.PlatformGroup;
import app.notrain.catalog.SettingsPath;
import app.notrain.catalog.Step;
import app.notrain.i18n.Messages;
import app.notrain.report.PlainText;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code notrain catalog [PLATFORM] [--json] [--today DATE]}: what the app knows, for reading or scripting. */
@Command(name = "catalog", mixinStandardHelpOptions = true, resourceBundle = "app.notrain.i18n.messages")
final class CatalogCommand implements Callable<Integer>, DescribedCommand {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "PLATFORM", descriptionKey = "cli.catalog.platform")
    String platformId;

    @Option(names = "--json", descriptionKey = "cli.catalog.json")
    boolean json;

    @Mixin
    TodayOption today;

    @Override
    public String descriptionKey() {
        return "cli.catalog.description";
    }

    @Override
    public Integer call() {
        CommandLine cmd = spec.commandLine();
        Messages messages = CliText.messages(cmd);
        Catalog catalog = StoreSession.catalog(cmd, StoreSession.location(Cli.rootOf(cmd)));
        List<Platform> platforms = catalog.platforms();
        if (platformId != null) {
            Platform platform = catalog.platform(platformId).orElse(null);
            if (platform == null) {
                cmd.getErr().println(messages.get("cli.catalog.unknownPlatform", platformId,
                        platforms.stream().map(Platform::id).collect(Collectors.joining(", "))));
                return Cli.BAD_ARGUMENTS;
            }
            platforms = List.of(platform);
        }
        PrintWriter out = cmd.getOut();
        if (json) {
            out.println(PlainText.jsonEscape(
                    CatalogJson.gson().toJson(platformId == null ? catalog : catalog.only(platforms))));
        } else if (platformId == null) {
            printSummary(out, messages, catalog, today.day(cmd));
        } else {
            LocalDate day = today.day(cmd);
            printPlatform(out, new CatalogTexts(messages), platforms.get(0), day);
            printRegulatory(out, new CatalogTexts(messages), catalog.regulatoryFor(platformId));
        }
        out.flush();
        return Cli.OK;
    }

    private static void printSummary(PrintWriter out, Messages messages, Catalog catalog, LocalDate today) {
        CatalogTexts texts = new CatalogTexts(messages);
        out.println(messages.get("cli.catalog.header", catalog.catalogVersion(), catalog.platforms().size()));
        GuidesAge age = GuidesAge.of(catalog, today);
        out.println(age.old() ? messages.get("cli.catalog.guidesOld", texts.date(age.guidesDate()))
                : messages.get("cli.catalog.guidesDate", texts.date(age.guidesDate())));
        for (PlatformGroup group : PlatformGroup.values()) {
            List<Platform> members = catalog.platforms().stream().filter(p -> p.groupOrDefault() == group).toList();
            if (members.isEmpty()) {
                continue;
            }
            out.println();
            out.println(messages.label(group));
            for (Platform p : members) {
                out.printf("%-18s %-32s %s, %s%n", p.id(), p.name(), messages.label(p.optOut()), texts.effort(p));
            }
        }
        printRegulatory(out, texts, catalog.regulatory());
        out.println(messages.get("cli.catalog.more"));
    }

    private static void printRegulatory(PrintWriter out, CatalogTexts texts, List<RegulatoryAction> actions) {
        if (actions.isEmpty()) {
            return;
        }
        Messages m = texts.messages();
        out.println();
        out.println(m.get("cli.catalog.regulatory"));
        for (RegulatoryAction a : actions) {
            out.println("  " + m.get("cli.catalog.regulatoryItem", texts.date(a.date()), m.label(a.status()),
                    texts.text(a.title())));
            out.println("    " + texts.text(a.summary()));
        }
    }

    /** The status of a path or link in words: verified on a day, reported, or outdated and what to look for. */
    private static String status(CatalogTexts texts, PathCheck check) {
        Messages m = texts.messages();
        if (check == null) {
            return "";
        }
        String words = check.status() == PathStatus.VERIFIED && check.seen() != null
                ? m.get("pathStatus.verifiedOn", texts.date(check.seen())) : m.label(check.status());
        if (check.status() == PathStatus.OUTDATED && check.lookFor() != null) {
            words += " " + m.get("pathStatus.lookFor", texts.text(check.lookFor()));
        }
        return " [" + words + "]";
    }

    private static void printPlatform(PrintWriter out, CatalogTexts texts, Platform p, LocalDate today) {
        Messages m = texts.messages();
        out.println(p.name() + " (" + p.company() + ")");
        out.println(m.label(p.optOut()) + " · " + texts.effort(p));
        out.println();
        out.println(texts.text(p.summary()));
        out.println(texts.text(p.regionNote()));
        if (!p.dates().isEmpty()) {
            out.println();
            out.println(m.get("platform.dates"));
            for (KeyDate d : p.dates()) {
                out.println("  " + texts.date(d.date()) + " (" + texts.regions(d.regions()) + "): "
                        + texts.text(d.label()));
                out.println("    " + texts.outlook(d, p.optOut(), today));
            }
        }
        if (!p.settingsPaths().isEmpty()) {
            out.println();
            out.println(m.get("platform.settingsPath"));
            for (SettingsPath sp : p.settingsPaths()) {
                out.println("  " + m.label(sp.device()) + ": " + texts.path(sp.path()) + status(texts, sp.check()));
            }
        }
        if (p.url() != null) {
            out.println(m.get("cli.catalog.link", p.url()) + status(texts, p.urlStatus()));
        }
        out.println();
        out.println(m.get("platform.steps"));
        int n = 1;
        for (Step s : p.steps()) {
            out.println("  " + n++ + ". " + texts.text(s.title()) + (s.uncertain() ? " " + m.get("fact.uncertainMark") : ""));
            out.println("     " + texts.path(s.path()) + status(texts, s.pathStatus()));
            out.println("     " + texts.text(s.detail()));
        }
        if (!p.caveats().isEmpty()) {
            out.println();
            out.println(m.get("platform.caveats"));
            for (Caveat c : p.caveats()) {
                out.println("  - " + texts.text(c.text()));
            }
        }
        out.println();
        out.println(m.get("platform.sources"));
        p.sources().forEach(s -> out.println("  - " + texts.source(s) + (s.url() == null ? "" : " " + s.url())));
        out.println(m.get("platform.checked", texts.date(p.checked())));
        if (p.notVerified() != null) {
            out.println(m.get("platform.notVerified", texts.text(p.notVerified())));
        }
    }
}
