package app.notrain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code notrain report} writes real files that agree with {@code notrain status}. */
class ReportCommandTest {
    @TempDir
    Path folder;

    private CliRun cli;
    private Path store;

    @BeforeEach
    void setUp() {
        cli = new CliRun(folder);
        store = folder.resolve("progress.json");
        cli.add(store, "--platform", "facebook", "--label", "<b>fb</b>", "--owner", "Alice", "--group", "family");
        cli.add(store, "--platform", "instagram", "--label", "=HYPERLINK(\"x\")", "--owner", "Bob", "--group", "family");
        cli.add(store, "--platform", "linkedin", "--label", "work", "--owner", "Alice");
        run("step", "facebook-1", "submit-objection", "--status", "waiting", "--evidence", "ref 42");
    }

    @Test
    void everyFormatIsWrittenAndThePathPrinted() throws Exception {
        for (String format : List.of("html", "pdf", "md", "csv", "json", "ics")) {
            Path out = folder.resolve("report." + format);

            CliRun.Result result = run("report", "--format", format, "--out", out.toString(), "--today", "2025-06-01");

            assertThat(result.code()).as(format).isEqualTo(Cli.OK);
            assertThat(result.out().strip()).isEqualTo(out.toAbsolutePath().toString());
            assertThat(Files.size(out)).as(format).isPositive();
        }
        assertThat(Files.readAllBytes(folder.resolve("report.pdf"))).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(Files.readString(folder.resolve("report.ics"))).startsWith("BEGIN:VCALENDAR");
        assertThat(Files.readString(folder.resolve("report.html"))).startsWith("<!DOCTYPE html>")
                .contains("&lt;b&gt;fb&lt;/b&gt;").doesNotContain("<b>fb</b>");
        assertThat(Files.readString(folder.resolve("report.csv"), StandardCharsets.UTF_8))
                .contains("'=HYPERLINK(\"\"x\"\")");
    }

    @Test
    void theJsonReportRanksTheSameActionsAsStatus() {
        Path out = folder.resolve("report.json");
        run("report", "--format", "json", "--out", out.toString(), "--today", "2025-06-01");
        CliRun.Result status = run("status", "--json", "--today", "2025-06-01");

        List<String> fromReport = new ArrayList<>();
        JsonArray actions = parse(out).getAsJsonObject().getAsJsonArray("actions");
        actions.forEach(a -> fromReport.add(a.getAsJsonObject().get("accountId").getAsString() + "/"
                + a.getAsJsonObject().get("stepId").getAsString()));
        List<String> fromStatus = new ArrayList<>();
        JsonParser.parseString(status.out()).getAsJsonObject().getAsJsonArray("actions").forEach(a -> fromStatus.add(
                a.getAsJsonObject().get("account").getAsString() + "/" + a.getAsJsonObject().get("step").getAsString()));

        assertThat(fromReport).isNotEmpty().isEqualTo(fromStatus);
    }

    @Test
    void anOwnerFilterKeepsOnlyThatOwnersAccounts() throws Exception {
        Path out = folder.resolve("alice.md");

        run("report", "--format", "md", "--out", out.toString(), "--owner", "Alice");

        assertThat(Files.readString(out)).contains("work").doesNotContain("HYPERLINK");
    }

    @Test
    void anUnwritableTargetIsABadArgumentThatNamesTheFile() {
        Path out = folder.resolve("missing-folder").resolve("report.html");

        CliRun.Result result = run("report", "--format", "html", "--out", out.toString());

        assertThat(result.code()).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(result.err()).contains("Cannot write the report to " + out);
        assertThat(out.getParent()).doesNotExist();
    }

    @Test
    void anUnknownFormatIsABadArgument() {
        CliRun.Result result = run("report", "--format", "docx", "--out", folder.resolve("r.docx").toString());

        assertThat(result.code()).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(result.err()).contains("--format", "docx");
    }

    private CliRun.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--store", store.toString()));
        all.addAll(List.of(args));
        return cli.run(all.toArray(String[]::new));
    }

    private static JsonElement parse(Path file) {
        try {
            return JsonParser.parseString(Files.readString(file));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
