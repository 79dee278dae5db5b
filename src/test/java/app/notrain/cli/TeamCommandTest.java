package app.notrain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The roll-up end to end: two employees export with the real {@code report --format json}, a DPO
 * imports them with {@code team import}, sees them in {@code status}, re-imports, removes; bad files
 * are refused and change nothing.
 */
class TeamCommandTest {
    private static final Clock NOV_30 = clock("2026-11-30T09:00:00Z");
    private static final Clock DEC_10 = clock("2026-12-10T09:00:00Z");

    @TempDir
    Path folder;

    private Path alice;
    private Path bob;
    private Path dpo;
    private Path aliceReport;
    private Path bobReport;

    @BeforeEach
    void twoEmployeesExport() {
        alice = folder.resolve("alice.json");
        bob = folder.resolve("bob.json");
        dpo = folder.resolve("dpo.json");
        CliRun employees = at(NOV_30);
        employees.add(alice, "--platform", "linkedin", "--label", "Alice M");
        employees.add(alice, "--platform", "facebook", "--label", "alice.page");
        ok(employees.run("--store", alice.toString(), "step", "linkedin-1", "turn-off-ai-training", "--status", "done"));
        ok(employees.run("--store", alice.toString(), "step", "linkedin-1", "object-other-processing", "--status",
                "done", "--evidence", "ticket 7"));
        employees.add(bob, "--platform", "instagram", "--label", "@bob");
        aliceReport = export(employees, alice, "alice-report.json", "Alice");
        bobReport = export(employees, bob, "bob-report.json", "Bob");
        at(DEC_10).add(dpo, "--platform", "x", "--label", "@company");
    }

    @Test
    void twoEmployeesReportsShowInTheDposStatusWithWhoAndWhen() {
        CliRun.Result imported = at(DEC_10).run("--store", dpo.toString(), "team", "import", aliceReport.toString(),
                bobReport.toString());

        assertThat(imported.code()).as(imported.err()).isEqualTo(Cli.OK);
        assertThat(imported.lines()).containsExactly("Added Alice’s report of 30 November 2026 (2 accounts).",
                "Added Bob’s report of 30 November 2026 (1 account).");
        JsonObject status = statusJson(DEC_10);
        JsonArray team = status.getAsJsonArray("team");
        assertThat(team).hasSize(2);
        JsonObject first = team.get(0).getAsJsonObject();
        assertThat(first.get("person").getAsString()).isEqualTo("Alice");
        JsonObject linkedin = first.getAsJsonArray("accounts").get(0).getAsJsonObject();
        assertThat(linkedin.get("reportedBy").getAsString()).isEqualTo("Alice");
        assertThat(linkedin.get("reportedOn").getAsString()).isEqualTo("2026-11-30");
        assertThat(linkedin.get("protection").getAsString()).isEqualTo("PROTECTED");
        assertThat(linkedin.get("protectedOn").getAsString()).isEqualTo("2026-11-30");
        assertThat(first.getAsJsonObject("summary").get("protected").getAsInt()).isEqualTo(1);
        assertThat(status.getAsJsonObject("company").get("accounts").getAsInt()).isEqualTo(4);
        assertThat(status.getAsJsonObject("company").get("protected").getAsInt()).isEqualTo(1);
        assertThat(status.getAsJsonObject("summary").get("accounts").getAsInt()).isEqualTo(1);

        String text = at(DEC_10).run("--store", dpo.toString(), "status").out();
        assertThat(text).contains("Alice · reported on 30 November 2026 · 1 of 2 accounts protected · 1 exposed")
                .contains("linkedin-1  LinkedIn  Alice M  Protected since 30 November 2026")
                .contains("Company total: 1 of 4 accounts protected");
    }

    @Test
    void aNewerReportOfTheSamePersonReplacesTheOlderAndAnOlderOneIsRefused() throws Exception {
        ok(at(DEC_10).run("--store", dpo.toString(), "team", "import", aliceReport.toString()));
        Path older = folder.resolve("alice-older.json");
        Files.copy(aliceReport, older);
        CliRun later = at(DEC_10);
        ok(later.run("--store", alice.toString(), "step", "facebook-1", "submit-objection", "--status", "done"));
        export(later, alice, "alice-report.json", "alice ");

        CliRun.Result replaced = at(DEC_10).run("--store", dpo.toString(), "team", "import", aliceReport.toString());

        assertThat(replaced.out()).contains("Replaced alice’s report with the one of 10 December 2026 (2 accounts).");
        JsonArray team = statusJson(DEC_10).getAsJsonArray("team");
        assertThat(team).hasSize(1);
        assertThat(team.get(0).getAsJsonObject().getAsJsonObject("summary").get("protected").getAsInt()).isEqualTo(2);

        byte[] before = Files.readAllBytes(dpo);
        CliRun.Result refused = at(DEC_10).run("--store", dpo.toString(), "team", "import", older.toString());

        assertThat(refused.code()).isEqualTo(Cli.STORE_UNREADABLE);
        assertThat(refused.err()).contains("is older than the report kept for that person")
                .contains("Nothing was imported");
        assertThat(Files.readAllBytes(dpo)).isEqualTo(before);
    }

    @Test
    void badFilesAreRefusedInWordsAndNothingChanges() throws Exception {
        ok(at(DEC_10).run("--store", dpo.toString(), "team", "import", bobReport.toString()));
        JsonObject newer = JsonParser.parseString(Files.readString(aliceReport)).getAsJsonObject();
        newer.addProperty("formatVersion", 99);
        JsonObject nobody = JsonParser.parseString(Files.readString(aliceReport)).getAsJsonObject();
        nobody.add("person", com.google.gson.JsonNull.INSTANCE);
        JsonObject damaged = JsonParser.parseString(Files.readString(aliceReport)).getAsJsonObject();
        damaged.getAsJsonArray("owners").get(0).getAsJsonObject().getAsJsonArray("accounts").get(0)
                .getAsJsonObject().addProperty("protection", "SAFE-ISH");
        Map<String, String> files = Map.of(
                "newer.json", newer.toString(),
                "nobody.json", nobody.toString(),
                "damaged.json", damaged.toString(),
                "truncated.json", Files.readString(aliceReport).substring(0, 200),
                "store.json", Files.readString(dpo),
                "list.json", "[1, 2]");
        Map<String, String> expected = Map.of(
                "newer.json", "comes from a newer NoTrain (report format 99): update NoTrain",
                "nobody.json", "does not say whose report it is",
                "damaged.json", "is a damaged NoTrain report: \"protection\" of account 1 of owner 1 is \"SAFE-ISH\"",
                "truncated.json", "is not a NoTrain report: it is not JSON text",
                "store.json", "is not a NoTrain report. Ask your colleague",
                "list.json", "is not a NoTrain report. Ask your colleague");
        byte[] store = Files.readAllBytes(dpo);
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            byte[] content = Files.readAllBytes(path);

            // With a good file beside it: one refused file keeps both out.
            CliRun.Result result = at(DEC_10).run("--store", dpo.toString(), "team", "import", aliceReport.toString(),
                    path.toString());

            assertThat(result.code()).as(file.getKey()).isEqualTo(Cli.STORE_UNREADABLE);
            assertThat(result.err()).as(file.getKey()).contains(expected.get(file.getKey()))
                    .contains("Nothing was imported: the progress file is unchanged.");
            assertThat(result.out()).as(file.getKey()).isEmpty();
            assertThat(Files.readAllBytes(dpo)).as(file.getKey()).isEqualTo(store);
            assertThat(Files.readAllBytes(path)).as(file.getKey()).isEqualTo(content);
        }
        CliRun.Result missing = at(DEC_10).run("--store", dpo.toString(), "team", "import", "no-such.json");
        assertThat(missing.code()).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(missing.err()).contains("no-such.json cannot be read");
        assertThat(Files.readAllBytes(dpo)).isEqualTo(store);
    }

    @Test
    void removingAPersonRemovesOnlyTheirReport() {
        ok(at(DEC_10).run("--store", dpo.toString(), "team", "import", aliceReport.toString(), bobReport.toString()));

        CliRun.Result removed = at(DEC_10).run("--store", dpo.toString(), "team", "remove", "BOB");
        CliRun.Result unknown = at(DEC_10).run("--store", dpo.toString(), "team", "remove", "Carol");

        assertThat(removed.out().strip()).isEqualTo("Removed Bob’s report (1 account).");
        assertThat(unknown.code()).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(unknown.err()).contains("No report of “Carol” is kept. Kept: Alice");
        JsonObject status = statusJson(DEC_10);
        assertThat(status.getAsJsonArray("team")).hasSize(1);
        assertThat(status.getAsJsonArray("accounts")).hasSize(1);
        assertThat(at(DEC_10).run("--store", dpo.toString(), "team", "list").out())
                .startsWith("Alice: reported on 30 November 2026, 2 accounts · 1 of 2 accounts protected");
    }

    @Test
    void aReportOlderThanTheRecheckIntervalAsksForANewOne() {
        ok(at(DEC_10).run("--store", dpo.toString(), "team", "import", bobReport.toString()));
        Clock march = clock("2027-03-05T09:00:00Z");

        String text = at(march).run("--store", dpo.toString(), "status").out();
        JsonObject bobJson = statusJson(march).getAsJsonArray("team").get(0).getAsJsonObject();

        assertThat(text).contains("! Bob’s report is 95 days old: ask for a new one");
        assertThat(bobJson.get("stale").getAsBoolean()).isTrue();
        assertThat(bobJson.get("ageInDays").getAsLong()).isEqualTo(95);
        assertThat(statusJson(DEC_10).getAsJsonArray("team").get(0).getAsJsonObject().get("stale").getAsBoolean())
                .isFalse();
    }

    @Test
    void anEmployeeWhoSetTheReportsAuthorNeedsNoPersonOption() {
        CliRun employee = at(NOV_30);
        ok(employee.run("--store", bob.toString(), "profile", "--author", "Bob Durand"));
        Path out = folder.resolve("bob-unnamed.json");
        ok(employee.run("--store", bob.toString(), "report", "--format", "json", "--out", out.toString()));

        CliRun.Result imported = at(DEC_10).run("--store", dpo.toString(), "team", "import", out.toString());

        assertThat(imported.code()).as(imported.err()).isEqualTo(Cli.OK);
        assertThat(imported.out()).contains("Added Bob Durand’s report");
    }

    private JsonObject statusJson(Clock clock) {
        CliRun.Result status = at(clock).run("--store", dpo.toString(), "status", "--json");
        ok(status);
        return JsonParser.parseString(status.out()).getAsJsonObject();
    }

    private Path export(CliRun cli, Path store, String name, String person) {
        Path out = folder.resolve(name);
        ok(cli.run("--store", store.toString(), "report", "--format", "json", "--out", out.toString(), "--person",
                person));
        return out;
    }

    private CliRun at(Clock clock) {
        return new CliRun(clock, Map.of("NOTRAIN_STORE", folder.resolve("from-environment.json").toString()));
    }

    private static void ok(CliRun.Result result) {
        assertThat(result.code()).as(result.err()).isEqualTo(Cli.OK);
    }

    private static Clock clock(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }
}
