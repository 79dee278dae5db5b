package app.notrain.cli;

import static app.notrain.cli.StepCommandTest.title;
import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.CatalogReader;
import app.notrain.catalog.Region;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.ProgressData;
import app.notrain.progress.Profile;
import app.notrain.progress.Protection;
import app.notrain.progress.UseKind;
import app.notrain.store.ProgressStore;
import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code notrain status}: is each account protected, and what to do next, in words and as JSON. */
class StatusCommandTest {
    @TempDir
    Path folder;

    private CliRun cli;
    private Path store;

    @BeforeEach
    void setUp() {
        cli = new CliRun(folder);
        store = folder.resolve("progress.json");
    }

    @Test
    void addListStepAndStatusWorkOverOneStoreFile() {
        CliRun.Result added = run("account", "add", "--platform", "facebook", "--label", "Personal",
                "--owner", "Alice");
        CliRun.Result listed = run("account", "list");
        CliRun.Result stepped = run("step", added.out().strip(), "check-accounts-center", "--status", "done");
        CliRun.Result status = run("status");

        assertThat(added.out().strip()).isEqualTo("facebook-1");
        assertThat(listed.out()).contains("facebook-1", "Personal", "0/3");
        assertThat(stepped.code()).isEqualTo(Cli.OK);
        assertThat(status.code()).isEqualTo(Cli.OK);
        assertThat(status.lines()).containsExactly(
                "Protection as of 22 May 2025",
                "0 of 1 account protected · 1 to refuse before training starts",
                "",
                "Next actions, most urgent first:",
                "1. Training starts on 27 May 2025: act before · facebook-1 “Personal”: "
                        + title("facebook", "submit-objection") + " (submit-objection)",
                "",
                "Alice · 0 of 1 account protected",
                "  facebook-1  Facebook  Personal  Not yet used: 5 days left to refuse, before training starts on "
                        + "27 May 2025  next: " + title("facebook", "submit-objection") + " (submit-objection)");
    }

    @Test
    void anEmptyStoreSaysThereAreNoAccountsAndHowToAddOne() {
        CliRun.Result result = run("status");
        CliRun.Result json = run("status", "--json");

        assertThat(result.code()).isEqualTo(Cli.OK);
        assertThat(result.lines()).containsExactly(
                "No accounts yet. Add one with: notrain account add --platform ID --label TEXT");
        JsonObject summary = json(json).getAsJsonObject("summary");
        assertThat(summary.get("accounts").getAsInt()).isZero();
        assertThat(summary.get("protected").getAsInt()).isZero();
    }

    @Test
    void theTableGroupsAccountsByOwnerUnderAHeadline() {
        addFourAccountsOfTwoOwnersAndOneWithout();

        CliRun.Result status = run("status");

        String check = title("facebook", "check-accounts-center") + " (check-accounts-center)";
        String object = title("tiktok", "object-right-to-object") + " (object-right-to-object)";
        String notYet = "Not yet used: 5 days left to refuse, before training starts on 27 May 2025";
        assertThat(status.code()).isEqualTo(Cli.OK);
        assertThat(status.lines()).containsExactly(
                "Protection as of 22 May 2025",
                "1 of 4 accounts protected · 1 exposed · 2 to refuse before training starts",
                "",
                "Next actions, most urgent first:",
                "1. Exposed: training has begun · tiktok-1 “dance”: " + object,
                "2. Training starts on 27 May 2025: act before · facebook-1 “Personal”, instagram-1 “@alice” "
                        + "(Accounts Centre “family”): " + check,
                "",
                "Alice · 0 of 2 accounts protected",
                "  facebook-1   Facebook   Personal  " + notYet + "  next: " + check,
                "  instagram-1  Instagram  @alice    " + notYet + "  next: " + check,
                "",
                "Bob · 1 of 1 account protected",
                "  linkedin-1   LinkedIn   Work      Protected since 22 May 2025",
                "",
                "No owner · 0 of 1 account protected",
                "  tiktok-1     TikTok     dance     Exposed" + " ".repeat(notYet.length() - "Exposed".length())
                        + "  next: " + object);
    }

    @Test
    void theTableSpeaksFrench() {
        addFourAccountsOfTwoOwnersAndOneWithout();

        CliRun.Result status = cli.run("--lang", "fr", "--store", store.toString(), "status");

        String check = frenchTitle("facebook", "check-accounts-center") + " (check-accounts-center)";
        String object = frenchTitle("tiktok", "object-right-to-object") + " (object-right-to-object)";
        String pasEncore = "Pas encore utilisé : 5 jours pour refuser, avant que l’entraînement commence le 27 mai 2025";
        assertThat(status.lines()).containsExactly(
                "Protection au 22 mai 2025",
                "1 compte protégé sur 4 · 1 exposé · 2 à refuser avant le début de l’entraînement",
                "",
                "Prochaines actions, les plus urgentes d’abord :",
                "1. Exposé : l’entraînement a commencé · tiktok-1 « dance » : " + object,
                "2. L’entraînement commence le 27 mai 2025 : agissez avant · facebook-1 « Personal », "
                        + "instagram-1 « @alice » (Espace Comptes « family ») : " + check,
                "",
                "Alice · 0 compte protégé sur 2",
                "  facebook-1   Facebook   Personal  " + pasEncore + "  à faire : " + check,
                "  instagram-1  Instagram  @alice    " + pasEncore + "  à faire : " + check,
                "",
                "Bob · 1 compte protégé sur 1",
                "  linkedin-1   LinkedIn   Work      Protégé depuis le 22 mai 2025",
                "",
                "Sans titulaire · 0 compte protégé sur 1",
                "  tiktok-1     TikTok     dance     Exposé" + " ".repeat(pasEncore.length() - "Exposé".length())
                        + "  à faire : " + object);
    }

    @Test
    void withoutOwnersTheTableHasNoHeadings() {
        cli.add(store, "--platform", "linkedin", "--label", "me");
        cli.add(store, "--platform", "x", "--label", "a label far longer than thirty characters");

        CliRun.Result status = run("status");

        assertThat(status.lines()).endsWith(
                "",
                "linkedin-1  LinkedIn  me                              Not yet used: 165 days left to refuse, before "
                        + "training starts on 3 November 2025  next: "
                        + title("linkedin", "open-ai-data-setting") + " (open-ai-data-setting)",
                "x-1         X / Grok  a label far longer than thirt…  "
                        + pad("Exposed: training began around July 2024", "Not yet used: 165 days left to refuse, "
                        + "before training starts on 3 November 2025") + "  next: "
                        + title("x", "open-grok-settings") + " (open-grok-settings)");
        assertThat(status.out()).doesNotContain("No owner");
    }

    @Test
    void manyAccountsShowTheMostUrgentActionsAndCountTheRest() throws Exception {
        ProgressBook book = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY, CliRun.MAY_22_2025);
        book.completeSetup(Profile.DEFAULT);
        for (int i = 1; i <= StatusCommand.MAX_ACTIONS + 2; i++) {
            book.addAccount("x", "account " + i, "Owner " + (i % 3), null);
        }
        save(store, book);

        CliRun.Result status = run("status");

        assertThat(status.lines()).contains(
                " 1. Exposed: training began around July 2024 · x-1 “account 1”: "
                        + title("x", "open-grok-settings") + " (open-grok-settings)",
                "20. Exposed: training began around July 2024 · x-20 “account 20”: "
                        + title("x", "open-grok-settings") + " (open-grok-settings)",
                "… and 2 more actions: each account’s next step is in the table below, and notrain status --json "
                        + "lists them all",
                "Owner 1 · 0 of 8 accounts protected",
                "  x-22  X / Grok  account 22  Exposed: training began around July 2024  next: "
                        + title("x", "open-grok-settings")
                        + " (open-grok-settings)");
        assertThat(status.out()).doesNotContain("21. ");
        assertThat(status.lines().stream().filter(l -> l.startsWith("Owner "))).containsExactly(
                "Owner 1 · 0 of 8 accounts protected", "Owner 2 · 0 of 7 accounts protected",
                "Owner 0 · 0 of 7 accounts protected");
        assertThat(json(run("status", "--json")).getAsJsonArray("actions")).hasSize(StatusCommand.MAX_ACTIONS + 2);
    }

    @Test
    void linkedInIsExposedOnceTrainingHasStartedAndNotYetBefore() {
        cli.add(store, "--platform", "linkedin", "--label", "me");

        JsonObject after = json(run("status", "--json", "--today", "2026-12-01"));
        JsonObject before = json(run("status", "--json", "--today", "2025-10-01"));

        JsonObject exposed = account(after, 0);
        assertThat(exposed.get("protection").getAsString()).isEqualTo("EXPOSED");
        assertThat(exposed.get("trainingStart").getAsString()).isEqualTo("2025-11-03");
        assertThat(exposed.get("daysLeft").isJsonNull()).isTrue();
        assertThat(action(after, 0).get("urgency").getAsString()).isEqualTo("EXPOSED");
        assertThat(counts(after).get("EXPOSED").getAsInt()).isEqualTo(1);
        JsonObject notYet = account(before, 0);
        assertThat(notYet.get("protection").getAsString()).isEqualTo("NOT_YET");
        assertThat(notYet.get("daysLeft").getAsInt()).isEqualTo(33);
        assertThat(notYet.get("trainingStart").getAsString()).isEqualTo("2025-11-03");
        assertThat(action(before, 0).get("urgency").getAsString()).isEqualTo("UPCOMING");
        assertThat(action(before, 0).get("date").getAsString()).isEqualTo("2025-11-03");
    }

    @Test
    void doingOnlyTheRefuseStepProtectsLinkedIn() {
        cli.add(store, "--platform", "linkedin", "--label", "me");
        run("step", "linkedin-1", "turn-off-ai-training", "--status", "done");

        JsonObject status = json(run("status", "--json"));
        CliRun.Result text = run("status");

        JsonObject account = account(status, 0);
        assertThat(account.get("protection").getAsString()).isEqualTo("PROTECTED");
        assertThat(account.get("protectedOn").getAsString()).isEqualTo("2025-05-22");
        assertThat(account.get("nextAction").isJsonNull()).isTrue();
        assertThat(account.get("done").getAsInt()).isEqualTo(1);
        assertThat(status.getAsJsonArray("actions")).isEmpty();
        assertThat(status.getAsJsonObject("summary").get("protected").getAsInt()).isEqualTo(1);
        assertThat(counts(status).get("PROTECTED").getAsInt()).isEqualTo(1);
        assertThat(text.lines()).containsExactly(
                "Protection as of 22 May 2025",
                "1 of 1 account protected",
                "",
                "Nothing to do for now.",
                "",
                "linkedin-1  LinkedIn  me  Protected since 22 May 2025");
    }

    @Test
    void threeMetaAccountsOfOneGroupHaveOneActionThenAreAllPending() {
        cli.add(store, "--platform", "facebook", "--label", "fb", "--group", "family");
        cli.add(store, "--platform", "instagram", "--label", "ig", "--group", "family");
        cli.add(store, "--platform", "instagram", "--label", "shop", "--group", "Family");

        JsonObject fresh = json(run("status", "--json"));
        run("step", "facebook-1", "submit-objection", "--status", "waiting");
        JsonObject sent = json(run("status", "--json"));

        assertThat(fresh.getAsJsonArray("actions")).hasSize(1);
        JsonObject shared = action(fresh, 0);
        assertThat(strings(shared.getAsJsonArray("accounts"))).containsExactly("facebook-1", "instagram-1",
                "instagram-2");
        assertThat(shared.get("account").getAsString()).isEqualTo("facebook-1");
        assertThat(shared.get("group").getAsString()).isEqualTo("family");
        assertThat(shared.get("step").getAsString()).isEqualTo("check-accounts-center");
        assertThat(shared.get("urgency").getAsString()).isEqualTo("UPCOMING");
        assertThat(shared.get("protection").getAsString()).isEqualTo("NOT_YET");
        assertThat(shared.get("minutes").getAsInt()).isEqualTo(5);
        assertThat(shared.get("difficulty").getAsString()).isEqualTo("MEDIUM");
        for (JsonElement account : sent.getAsJsonArray("accounts")) {
            JsonObject a = account.getAsJsonObject();
            assertThat(a.get("protection").getAsString()).as(a.get("id").getAsString()).isEqualTo("PENDING");
            assertThat(a.get("waitUntil").getAsString()).isEqualTo("2025-05-24");
        }
        assertThat(counts(sent).get("PENDING").getAsInt()).isEqualTo(3);
        assertThat(sent.getAsJsonObject("summary").get("protected").getAsInt()).isZero();
    }

    @Test
    void aGroupLineNamesEveryAccountItCovers() {
        cli.add(store, "--platform", "facebook", "--label", "fb", "--group", "family");
        cli.add(store, "--platform", "instagram", "--label", "ig", "--group", "family");
        cli.add(store, "--platform", "instagram", "--label", "shop", "--group", "Family");

        CliRun.Result status = run("status");

        assertThat(status.lines()).contains("1. Training starts on 27 May 2025: act before · facebook-1 “fb”, "
                + "instagram-1 “ig”, instagram-2 “shop” (Accounts Centre “family”): "
                + title("facebook", "check-accounts-center") + " (check-accounts-center)");
    }

    @Test
    void tikTokIsExposedInTheEuAndOffersNoRefusalElsewhere() throws Exception {
        cli.add(store, "--platform", "tiktok", "--label", "eu");
        JsonObject eu = json(run("status", "--json"));
        Path otherStore = folder.resolve("other.json");
        saveProfileAndAccount(otherStore, new Profile(Region.OTHER, true, UseKind.PERSONAL), "tiktok");
        cli.run("--store", otherStore.toString(), "step", "tiktok-1", "private-account", "--status", "done");

        JsonObject other = json(cli.run("--store", otherStore.toString(), "status", "--json"));
        CliRun.Result otherText = cli.run("--store", otherStore.toString(), "status");

        JsonObject exposed = account(eu, 0);
        assertThat(exposed.get("protection").getAsString()).isEqualTo("EXPOSED");
        assertThat(exposed.getAsJsonObject("nextAction").get("step").getAsString())
                .isEqualTo("object-right-to-object");
        assertThat(exposed.getAsJsonObject("nextAction").get("minutes").getAsInt()).isEqualTo(10);
        assertThat(exposed.getAsJsonObject("nextAction").get("difficulty").getAsString()).isEqualTo("HARD");
        JsonObject noRefusal = account(other, 0);
        assertThat(noRefusal.get("protection").getAsString()).isEqualTo("NO_REFUSAL");
        JsonObject mitigations = noRefusal.getAsJsonObject("mitigations");
        assertThat(mitigations.get("done").getAsInt()).isEqualTo(1);
        assertThat(mitigations.get("total").getAsInt()).isEqualTo(6);
        assertThat(noRefusal.getAsJsonObject("nextAction").get("step").getAsString())
                .isEqualTo("friends-only-videos");
        assertThat(action(other, 0).get("urgency").getAsString()).isEqualTo("MITIGATION");
        assertThat(other.getAsJsonObject("profile").get("region").getAsString()).isEqualTo("OTHER");
        assertThat(otherText.lines()).contains("0 of 1 account protected · 1 with no refusal offered");
    }

    @Test
    void jsonHasTheDocumentedFields() {
        cli.add(store, "--platform", "facebook", "--label", "fb", "--owner", "Alice", "--group", "family");
        run("step", "facebook-1", "submit-objection", "--status", "waiting", "--note", "sent from the app",
                "--evidence", "ticket 42");

        CliRun.Result result = run("status", "--json");

        JsonObject status = json(result);
        assertThat(status.keySet()).containsExactly("today", "profile", "summary", "actions", "accounts",
                "organisation", "team", "company");
        assertThat(status.getAsJsonArray("team")).isEmpty();
        assertThat(status.get("company").isJsonNull()).isTrue();
        assertThat(status.get("today").getAsString()).isEqualTo("2025-05-22");
        JsonObject profile = status.getAsJsonObject("profile");
        assertThat(profile.keySet()).containsExactly("region", "adult", "use");
        assertThat(profile.get("region").getAsString()).isEqualTo("EU_EEA");

        JsonObject summary = status.getAsJsonObject("summary");
        assertThat(summary.keySet()).containsExactly("accounts", "protected", "concerned", "counts");
        assertThat(summary.get("accounts").getAsInt()).isEqualTo(1);
        assertThat(summary.get("protected").getAsInt()).isZero();
        List<String> names = new ArrayList<>();
        for (Protection p : Protection.values()) {
            names.add(p.name());
        }
        assertThat(counts(status).keySet()).containsExactlyElementsOf(names);
        assertThat(counts(status).get("PENDING").getAsInt()).isEqualTo(1);
        assertThat(counts(status).get("EXPOSED").getAsInt()).isZero();

        // Waiting for Meta: keeping the proof is what is left.
        JsonObject action = action(status, 0);
        assertThat(action.keySet()).containsExactly("urgency", "date", "account", "platform", "step", "title",
                "accounts", "group", "protection", "minutes", "difficulty", "letter");
        assertThat(action.get("urgency").getAsString()).isEqualTo("PROOF");
        assertThat(action.get("date").isJsonNull()).isTrue();
        assertThat(action.get("account").getAsString()).isEqualTo("facebook-1");
        assertThat(action.get("platform").getAsString()).isEqualTo("facebook");
        assertThat(action.get("step").getAsString()).isEqualTo("keep-proof");
        assertThat(action.get("title").getAsString()).isEqualTo(title("facebook", "keep-proof"));
        assertThat(strings(action.getAsJsonArray("accounts"))).containsExactly("facebook-1");
        assertThat(action.get("group").getAsString()).isEqualTo("family");
        assertThat(action.get("protection").getAsString()).isEqualTo("PENDING");
        assertThat(action.get("minutes").getAsInt()).isEqualTo(5);
        assertThat(action.get("difficulty").getAsString()).isEqualTo("MEDIUM");

        JsonObject account = account(status, 0);
        assertThat(account.keySet()).containsExactly("id", "platform", "platformName", "label", "owner", "group",
                "done", "total", "steps", "protection", "protectedOn", "trainingStart", "daysLeft", "waitUntil",
                "mitigations", "nextAction", "answerDue");
        assertThat(account.get("owner").getAsString()).isEqualTo("Alice");
        assertThat(account.get("done").getAsInt()).isZero();
        assertThat(account.get("total").getAsInt()).isEqualTo(3);
        assertThat(account.get("protection").getAsString()).isEqualTo("PENDING");
        assertThat(account.get("protectedOn").isJsonNull()).isTrue();
        assertThat(account.get("trainingStart").isJsonNull()).isTrue();
        assertThat(account.get("daysLeft").isJsonNull()).isTrue();
        assertThat(account.get("waitUntil").getAsString()).isEqualTo("2025-05-24");
        JsonObject mitigations = account.getAsJsonObject("mitigations");
        assertThat(mitigations.keySet()).containsExactly("done", "total");
        assertThat(mitigations.get("total").getAsInt()).isZero();
        JsonObject next = account.getAsJsonObject("nextAction");
        assertThat(next.keySet()).containsExactly("step", "title", "minutes", "difficulty");
        assertThat(next.get("step").getAsString()).isEqualTo("keep-proof");
        assertThat(next.get("title").getAsString()).isEqualTo(title("facebook", "keep-proof"));
        assertThat(next.get("minutes").getAsInt()).isEqualTo(5);
        assertThat(next.get("difficulty").getAsString()).isEqualTo("MEDIUM");

        JsonArray steps = account.getAsJsonArray("steps");
        assertThat(steps).hasSize(3);
        JsonObject untouched = steps.get(0).getAsJsonObject();
        assertThat(untouched.keySet()).containsExactly("id", "title", "situation", "open", "status", "changedAt",
                "until", "due", "note", "evidence", "notApplicableReason", "catalogChanged");
        assertThat(untouched.get("status").getAsString()).isEqualTo("TODO");
        assertThat(untouched.get("changedAt").isJsonNull()).isTrue();
        assertThat(untouched.get("open").getAsBoolean()).isTrue();
        JsonObject waiting = steps.get(1).getAsJsonObject();
        assertThat(waiting.get("id").getAsString()).isEqualTo("submit-objection");
        assertThat(waiting.get("title").getAsString()).isEqualTo(title("facebook", "submit-objection"));
        assertThat(waiting.get("situation").getAsString()).isEqualTo("WAITING");
        assertThat(waiting.get("open").getAsBoolean()).isFalse();
        assertThat(waiting.get("status").getAsString()).isEqualTo("WAITING");
        assertThat(waiting.get("changedAt").getAsString()).isEqualTo("2025-05-22T10:00:00Z");
        assertThat(waiting.get("until").getAsString()).isEqualTo("2025-05-24");
        assertThat(waiting.get("due").getAsString()).isEqualTo("2025-05-24");
        assertThat(waiting.get("note").getAsString()).isEqualTo("sent from the app");
        assertThat(waiting.get("evidence").getAsString()).isEqualTo("ticket 42");
        assertThat(waiting.get("notApplicableReason").isJsonNull()).isTrue();
        assertThat(waiting.get("catalogChanged").getAsBoolean()).isFalse();
    }

    @Test
    void jsonTitlesFollowTheLanguageAndMonthOnlyStartsKeepTheirPrecision() {
        cli.add(store, "--platform", "x", "--label", "moi");

        JsonObject status = json(cli.run("--lang", "fr", "--store", store.toString(), "status", "--json"));

        JsonObject account = account(status, 0);
        assertThat(account.get("protection").getAsString()).isEqualTo("EXPOSED");
        assertThat(account.get("trainingStart").getAsString()).isEqualTo("2024-07");
        assertThat(account.getAsJsonObject("nextAction").get("title").getAsString())
                .isEqualTo(frenchTitle("x", "open-grok-settings"));
        assertThat(action(status, 0).get("title").getAsString()).isEqualTo(frenchTitle("x", "open-grok-settings"));
    }

    @Test
    void aWaitComesBackAsAnActionTheDayAfterItEnds() {
        cli.add(store, "--platform", "facebook", "--label", "fb");
        run("step", "facebook-1", "submit-objection", "--status", "waiting", "--until", "2025-05-24");

        CliRun.Result lastDay = run("status", "--today", "2025-05-24");
        CliRun.Result dayAfter = run("status", "--today", "2025-05-25");

        String object = title("facebook", "submit-objection") + " (submit-objection)";
        assertThat(lastDay.out()).contains("Protection as of 24 May 2025", "1 waiting for Meta",
                "Waiting for the platform until 24 May 2025").doesNotContain(object);
        assertThat(dayAfter.lines()).contains(
                "1. Wait over since 24 May 2025: check or follow up · facebook-1 “fb”: " + object,
                "facebook-1  Facebook  fb  Waiting for the platform: its answer was expected by 24 May 2025  next: "
                        + object);
    }

    @Test
    void aDoneSettingComesBackForARecheckWhenItsIntervalIsOver() {
        cli.add(store, "--platform", "linkedin", "--label", "me");
        run("step", "linkedin-1", "turn-off-ai-training", "--status", "done");

        CliRun.Result before = run("status", "--today", "2025-08-19");
        CliRun.Result due = run("status", "--today", "2025-08-20");
        JsonObject dueJson = json(run("status", "--today", "2025-08-20", "--json"));

        String turnOff = title("linkedin", "turn-off-ai-training") + " (turn-off-ai-training)";
        assertThat(before.lines()).contains("1 of 1 account protected",
                "linkedin-1  LinkedIn  me  Protected since 22 May 2025");
        assertThat(due.lines()).contains("1 of 1 account protected · incl. 1 to re-check",
                "1. Re-check due since 20 August 2025 · linkedin-1 “me”: " + turnOff,
                "linkedin-1  LinkedIn  me  Protected since 22 May 2025, due for a re-check  next: " + turnOff);
        assertThat(account(dueJson, 0).get("protection").getAsString()).isEqualTo("RECHECK_DUE");
        assertThat(dueJson.getAsJsonObject("summary").get("protected").getAsInt()).isEqualTo(1);
        assertThat(dueJson.toString()).contains("\"situation\":\"RECHECK_DUE\"", "\"due\":\"2025-08-20\"");
    }

    @Test
    void stepsThatDoNotApplyInTheRegionStayInTheJsonWithTheirReason() throws Exception {
        saveProfileAndAccount(store, new Profile(Region.OTHER, true, UseKind.PERSONAL), "facebook");

        CliRun.Result result = run("status");
        JsonObject json = json(run("status", "--json"));

        assertThat(result.lines()).contains("0 of 1 account protected · 1 with no refusal offered");
        JsonObject account = account(json, 0);
        assertThat(account.get("protection").getAsString()).isEqualTo("NO_REFUSAL");
        JsonObject objection = account.getAsJsonArray("steps").get(1).getAsJsonObject();
        assertThat(objection.get("id").getAsString()).isEqualTo("submit-objection");
        assertThat(objection.get("notApplicableReason").getAsString()).isEqualTo("REGION");
    }

    @Test
    void platformsThatLeaveOutMinorsDoNotConcernThem() throws Exception {
        saveProfileAndAccount(store, new Profile(Region.EU_EEA, false, UseKind.PERSONAL), "linkedin");

        CliRun.Result result = run("status");
        CliRun.Result json = run("status", "--json");

        assertThat(result.lines()).contains("No account concerned by AI training", "Nothing to do for now.",
                "linkedin-1  LinkedIn  me  Not concerned");
        assertThat(json.out()).contains("\"notApplicableReason\": \"MINOR\"", "\"adult\": false",
                "\"protection\": \"NOT_CONCERNED\"");
    }

    @Test
    void aBadTodayIsABadArgument() {
        CliRun.Result result = run("status", "--today", "22/05/2025");

        assertThat(result.code()).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(result.err()).contains("--today", "22/05/2025");
    }

    /** Alice: a Facebook and an Instagram account in one Accounts Centre; Bob: LinkedIn, refused; TikTok: nobody's. */
    private void addFourAccountsOfTwoOwnersAndOneWithout() {
        cli.add(store, "--platform", "facebook", "--label", "Personal", "--owner", "Alice", "--group", "family");
        cli.add(store, "--platform", "instagram", "--label", "@alice", "--owner", "Alice", "--group", "family");
        cli.add(store, "--platform", "linkedin", "--label", "Work", "--owner", "Bob");
        cli.add(store, "--platform", "tiktok", "--label", "dance");
        run("step", "linkedin-1", "turn-off-ai-training", "--status", "done");
    }

    private CliRun.Result run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--store";
        all[1] = store.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.run(all);
    }

    private static JsonObject json(CliRun.Result result) {
        assertThat(result.code()).as(result.err()).isEqualTo(Cli.OK);
        return new Gson().fromJson(result.out(), JsonObject.class);
    }

    private static JsonObject account(JsonObject status, int index) {
        return status.getAsJsonArray("accounts").get(index).getAsJsonObject();
    }

    private static JsonObject action(JsonObject status, int index) {
        return status.getAsJsonArray("actions").get(index).getAsJsonObject();
    }

    private static JsonObject counts(JsonObject status) {
        return status.getAsJsonObject("summary").getAsJsonObject("counts");
    }

    private static List<String> strings(JsonArray array) {
        List<String> values = new ArrayList<>();
        array.forEach(e -> values.add(e.getAsString()));
        return values;
    }

    private static String frenchTitle(String platform, String step) {
        return CatalogReader.builtIn().platform(platform).orElseThrow().step(step).orElseThrow().title().fr();
    }

    /** The profile is the wizard's: the command line has no way to set it, so the test writes the store. */
    private static void saveProfileAndAccount(Path file, Profile profile, String platform) throws Exception {
        ProgressBook book = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY, CliRun.MAY_22_2025);
        book.completeSetup(profile);
        book.addAccount(platform, "me", null, null);
        save(file, book);
    }

    private static void save(Path file, ProgressBook book) throws Exception {
        try (ProgressStore progressStore = ProgressStore.open(file, CliRun.MAY_22_2025)) {
            progressStore.save(book.snapshot());
        }
    }

    /** {@code text} padded to the width of {@code widest}, as the table pads its columns. */
    private static String pad(String text, String widest) {
        return text + " ".repeat(widest.length() - text.length());
    }
}
