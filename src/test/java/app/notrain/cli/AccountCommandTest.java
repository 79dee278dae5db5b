package app.notrain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.i18n.Language;
import app.notrain.i18n.Messages;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code notrain account add|list|remove} on a real store file. */
class AccountCommandTest {
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
    void addPrintsTheNewIdAloneOnOneLineForScripts() {
        CliRun.Result result = cli.run("--store", store.toString(), "account", "add", "--platform", "facebook",
                "--label", "Personal");

        assertThat(result.code()).isEqualTo(Cli.OK);
        assertThat(result.lines()).containsExactly("facebook-1");
        assertThat(result.err()).isEmpty();
        assertThat(store).exists();
    }

    @Test
    void storeIsAcceptedBeforeOrAfterTheSubcommand() {
        CliRun.Result before = cli.run("--store", store.toString(), "account", "add", "--platform", "x",
                "--label", "one");
        CliRun.Result after = cli.run("account", "add", "--platform", "x", "--label", "two",
                "--store", store.toString());
        CliRun.Result between = cli.run("account", "--store", store.toString(), "list");

        assertThat(before.out().strip()).isEqualTo("x-1");
        assertThat(after.out().strip()).isEqualTo("x-2");
        assertThat(between.out()).contains("x-1", "x-2");
        assertThat(folder.resolve("from-environment.json")).doesNotExist();
    }

    @Test
    void withoutStoreTheEnvironmentVariableNamesTheFile() {
        CliRun.Result result = cli.run("account", "add", "--platform", "x", "--label", "one");

        assertThat(result.code()).isEqualTo(Cli.OK);
        assertThat(folder.resolve("from-environment.json")).exists();
    }

    @Test
    void listShowsEveryAccountWithItsDoneAndTotalSteps() {
        cli.add(store, "--platform", "facebook", "--label", "Personal", "--owner", "Alice", "--group", "alice");
        cli.add(store, "--platform", "linkedin", "--label", "alice@example.com");
        cli.run("--store", store.toString(), "step", "facebook-1", "check-accounts-center", "--status", "done");

        CliRun.Result result = cli.run("--store", store.toString(), "account", "list");

        assertThat(result.code()).isEqualTo(Cli.OK);
        assertThat(result.lines()).hasSize(3);
        assertThat(result.lines().get(0)).contains("ID", "PLATFORM", "LABEL", "OWNER", "GROUP", "DONE");
        assertThat(result.lines().get(1)).contains("facebook-1", "Facebook", "Personal", "Alice", "alice", "1/3");
        assertThat(result.lines().get(2)).contains("linkedin-1", "LinkedIn", "alice@example.com", "0/3");
    }

    @Test
    void listOfAnEmptyStoreSaysHowToAddAnAccount() {
        CliRun.Result result = cli.run("--store", store.toString(), "account", "list");

        assertThat(result.code()).isEqualTo(Cli.OK);
        assertThat(result.out()).contains("No accounts yet", "notrain account add --platform ID --label TEXT");
        assertThat(store).doesNotExist();
    }

    @Test
    void listJsonIsAnArrayWithStableFieldNames() {
        cli.add(store, "--platform", "instagram", "--label", "@shop", "--group", "shop");

        CliRun.Result result = cli.run("--store", store.toString(), "account", "list", "--json");

        JsonArray accounts = JsonParser.parseString(result.out()).getAsJsonArray();
        JsonObject account = accounts.get(0).getAsJsonObject();
        assertThat(account.keySet()).containsExactly("id", "platform", "platformName", "label", "owner", "group",
                "done", "total");
        assertThat(account.get("id").getAsString()).isEqualTo("instagram-1");
        assertThat(account.get("platform").getAsString()).isEqualTo("instagram");
        assertThat(account.get("owner").isJsonNull()).isTrue();
        assertThat(account.get("group").getAsString()).isEqualTo("shop");
        assertThat(account.get("total").getAsInt()).isEqualTo(3);
    }

    @Test
    void labelsThatCouldBreakTheTerminalArePrintedOnOneLine() {
        cli.add(store, "--platform", "x", "--label", "evil\u001b[2J\nsecond line");

        CliRun.Result result = cli.run("--store", store.toString(), "account", "list");

        assertThat(result.lines()).hasSize(2);
        assertThat(result.out()).doesNotContain("\u001b");
    }

    @Test
    void anUnknownPlatformIsABadArgumentNamingTheKnownIds() {
        CliRun.Result result = cli.run("--store", store.toString(), "account", "add", "--platform", "myspace",
                "--label", "me");

        assertThat(result.code()).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(result.err()).contains("Unknown platform “myspace”", "linkedin, facebook, instagram");
        assertThat(result.out()).isEmpty();
        assertThat(store).doesNotExist();
    }

    @Test
    void aBlankLabelIsABadArgument() {
        CliRun.Result result = cli.run("--store", store.toString(), "account", "add", "--platform", "x",
                "--label", "   ");

        assertThat(result.code()).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(result.err()).contains("label must not be blank");
        assertThat(store).doesNotExist();
    }

    @Test
    void aMissingLabelIsABadArgument() {
        CliRun.Result result = cli.run("--store", store.toString(), "account", "add", "--platform", "x");

        assertThat(result.code()).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(result.err()).contains("--label");
    }

    @Test
    void removeConfirmsOnOneLineAndTheAccountIsGone() {
        String id = cli.add(store, "--platform", "tiktok", "--label", "dance");

        CliRun.Result removed = cli.run("--store", store.toString(), "account", "remove", id);
        CliRun.Result list = cli.run("--store", store.toString(), "account", "list", "--json");

        assertThat(removed.code()).isEqualTo(Cli.OK);
        assertThat(removed.lines()).containsExactly("Removed tiktok-1 (TikTok, “dance”).");
        assertThat(JsonParser.parseString(list.out()).getAsJsonArray()).isEmpty();
    }

    @Test
    void removingAnUnknownAccountNamesTheKnownOnesAndChangesNothing() throws Exception {
        cli.add(store, "--platform", "x", "--label", "one");
        cli.add(store, "--platform", "reddit", "--label", "two");
        byte[] before = Files.readAllBytes(store);

        CliRun.Result result = cli.run("--store", store.toString(), "account", "remove", "x-9");

        assertThat(result.code()).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(result.err()).contains("Unknown account “x-9”", "x-1, reddit-1");
        assertThat(Files.readAllBytes(store)).isEqualTo(before);
    }

    @Test
    void accountWithoutASubcommandIsABadArgument() {
        CliRun.Result result = cli.run("--store", store.toString(), "account");

        assertThat(result.code()).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(result.err()).contains("--help");
    }

    @Test
    void nestedCommandsHaveTheirOwnDescriptionAndHelp() {
        Messages messages = Messages.of(Language.fromSystem());

        CliRun.Result account = cli.run("account", "--help");
        CliRun.Result add = cli.run("account", "add", "--help");

        assertThat(account.code()).isEqualTo(Cli.OK);
        assertThat(account.out()).contains(messages.get("cli.account.description"), "add", "list", "remove");
        assertThat(add.out()).contains(messages.get("cli.account.add.description"))
                .contains("--platform", "--label", "--owner", "--group", "--store", "--lang");
    }
}
