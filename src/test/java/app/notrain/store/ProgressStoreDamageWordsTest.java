package app.notrain.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A progress file that is JSON but not a store NoTrain could have written is refused, left
 * byte-identical, and the message names the account, step or entry and what is wrong, in words.
 */
class ProgressStoreDamageWordsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private static final String PROFILE = "\"profile\": {\"region\": \"UK\", \"adult\": true, \"use\": \"PERSONAL\"}";
    private static final String ACCOUNT = "{\"id\": \"facebook-1\", \"platformId\": \"facebook\", \"label\": \"me@example.org\"}";
    private static final String LETTER = "{\"accountId\": \"facebook-1\", \"kind\": \"OBJECTION\", "
            + "\"sentOn\": \"2026-01-31\", \"text\": \"I object\"}";
    private static final String RECORD = "{\"status\": \"DONE\", \"changedAt\": \"2026-11-22T10:00:00Z\"}";

    @TempDir
    Path dir;

    private static String store(String accounts, String steps, String history) {
        return "{\"schemaVersion\": 1, " + PROFILE + ", \"setupDone\": true, \"accounts\": [" + accounts
                + "], \"steps\": {" + steps + "}, \"history\": [" + history + "]}";
    }

    static Stream<Arguments> damaged() {
        return Stream.of(
                Arguments.of("duplicate top-level key",
                        "{\"schemaVersion\": 1, " + PROFILE + ", \"accounts\": [" + ACCOUNT + "], \"steps\": {}, "
                                + "\"history\": [], \"accounts\": []}",
                        new String[] {"the field \"accounts\" appears twice in the file"}),
                Arguments.of("duplicate key in an account",
                        store("{\"id\": \"facebook-1\", \"platformId\": \"facebook\", \"label\": \"a\", \"label\": \"b\"}",
                                "", ""),
                        new String[] {"the field \"label\" appears twice in the 1st account"}),
                Arguments.of("duplicate key in a step record",
                        store(ACCOUNT, "\"facebook-1\": {\"s\": {\"status\": \"DONE\", \"status\": \"TODO\", "
                                + "\"changedAt\": \"2026-11-22T10:00:00Z\"}}", ""),
                        new String[] {"\"status\" appears twice in step \"s\" of account \"facebook-1\""}),
                Arguments.of("duplicate step", store(ACCOUNT, "\"facebook-1\": {\"s\": " + RECORD + ", \"s\": "
                                + RECORD + "}", ""),
                        new String[] {"step \"s\" of account \"facebook-1\"", "appears twice"}),
                Arguments.of("duplicate unknown key", store(ACCOUNT, "", "").replace("\"setupDone\"",
                                "\"future\": 1, \"future\": 2, \"setupDone\""),
                        new String[] {"\"future\" appears twice"}),
                Arguments.of("duplicate key in a schemaVersion-last file",
                        "{" + PROFILE + ", \"accounts\": [], \"accounts\": [], \"steps\": {}, \"history\": [], "
                                + "\"schemaVersion\": 1}",
                        new String[] {"the field \"accounts\" appears twice"}),
                Arguments.of("duplicate account ids", store(ACCOUNT + ", " + ACCOUNT.replace("me@", "you@"), "", ""),
                        new String[] {"the 1st and the 2nd accounts both have the id \"facebook-1\"",
                                "\"me@example.org\" on facebook", "\"you@example.org\" on facebook"}),
                Arguments.of("path as an account id", store(ACCOUNT.replace("facebook-1", "../../etc/passwd"), "", ""),
                        new String[] {"the 1st account (\"me@example.org\") has the id \"../../etc/passwd\"",
                                "not one NoTrain makes", "\"facebook-1\""}),
                Arguments.of("id of another platform", store(ACCOUNT.replace("facebook-1", "x-1"), "", ""),
                        new String[] {"has the id \"x-1\"", "like \"facebook-1\""}),
                Arguments.of("path as a step id", store(ACCOUNT, "\"facebook-1\": {\"../x\": " + RECORD + "}", ""),
                        new String[] {"\"../x\" is not a step id"}),
                Arguments.of("path in a history account id", store(ACCOUNT, "",
                                "{\"action\": 1, \"at\": \"2026-11-22T10:00:00Z\", \"kind\": \"ACCOUNT_ADDED\", "
                                        + "\"accountId\": \"/etc/passwd\"}"),
                        new String[] {"entry 1 of the history names the account \"/etc/passwd\""}),
                Arguments.of("year a billion", store(ACCOUNT, "\"facebook-1\": {\"s\": {\"status\": \"DONE\", "
                                + "\"changedAt\": \"+1000000000-01-01T00:00:00Z\"}}", ""),
                        new String[] {"\"changedAt\" of step \"s\" of account \"facebook-1\" (\"me@example.org\" on "
                                + "facebook) is \"+1000000000-01-01T00:00:00Z\", outside the years 1000 to 9999"}),
                Arguments.of("until the end of time", store(ACCOUNT, "\"facebook-1\": {\"s\": {\"status\": \"WAITING\", "
                                + "\"changedAt\": \"2026-11-22T10:00:00Z\", \"until\": \"+999999999-12-31\"}}", ""),
                        new String[] {"\"until\" of step \"s\"", "outside the years 1000 to 9999"}),
                Arguments.of("not a date", store(ACCOUNT, "\"facebook-1\": {\"s\": {\"status\": \"DONE\", "
                                + "\"changedAt\": \"yesterday\"}}", ""),
                        new String[] {"is \"yesterday\", which is not a date and time like"}),
                Arguments.of("history date in year 0", store(ACCOUNT, "",
                                "{\"action\": 1, \"at\": \"0000-01-01T00:00:00Z\", \"kind\": \"ACCOUNT_ADDED\"}"),
                        new String[] {"\"at\" of entry 1 of the history", "outside the years"}),
                Arguments.of("a list where text belongs", store(ACCOUNT, "\"facebook-1\": {\"s\": {\"status\": "
                                + "[\"DONE\"], \"changedAt\": \"2026-11-22T10:00:00Z\"}}", ""),
                        new String[] {"\"status\" of step \"s\" of account \"facebook-1\"", "is a list, but should be text"}),
                Arguments.of("unknown status", store(ACCOUNT, "\"facebook-1\": {\"s\": {\"status\": \"ARCHIVED\", "
                                + "\"changedAt\": \"2026-11-22T10:00:00Z\"}}", ""),
                        new String[] {"is \"ARCHIVED\", which this NoTrain does not know", "update NoTrain"}),
                Arguments.of("label as a number", store(ACCOUNT.replace("\"me@example.org\"", "42"), "", ""),
                        new String[] {"\"label\" of the 1st account is a number, but should be text"}),
                Arguments.of("accounts as an object", store(ACCOUNT, "", "").replace("\"accounts\": [", "\"accounts\": "
                                + "{\"a\": [").replace("], \"steps\"", "]}, \"steps\""),
                        new String[] {"\"accounts\" in the file is an object, but should be a list"}),
                Arguments.of("history entry without date", store(ACCOUNT, "",
                                "{\"action\": 1, \"kind\": \"ACCOUNT_ADDED\"}"),
                        new String[] {"entry 1 of the history has no date"}),
                Arguments.of("a letter's answer this NoTrain does not know", store(ACCOUNT, "", "").replace(
                                "\"setupDone\"", "\"letters\": [" + LETTER.replace("}", ", \"answer\": \"WITHDRAWN\"}")
                                        + "], \"setupDone\""),
                        new String[] {"\"answer\" of the 1st letter is \"WITHDRAWN\"", "does not know",
                                "update NoTrain"}),
                Arguments.of("an object as a letter's date", store(ACCOUNT, "", "").replace("\"setupDone\"",
                                "\"letters\": [" + LETTER.replace("\"2026-01-31\"", "{\"a\": 1}") + "], \"setupDone\""),
                        new String[] {"the 1st letter", "sentOn", "an object"}),
                Arguments.of("nesting that could not be written back", store(ACCOUNT, "", "").replace("\"setupDone\"",
                                "\"future\": " + "[".repeat(500) + "]".repeat(500) + ", \"setupDone\""),
                        new String[] {"nested more than 64 deep"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damaged")
    void isRefusedInWordsAndLeftAlone(String name, String content, String[] expected) throws Exception {
        Path file = dir.resolve("progress.json");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(file);

        StoreDamagedException damaged;
        try (ProgressStore store = ProgressStore.open(file, CLOCK)) {
            damaged = catchThrowableOfType(StoreDamagedException.class, store::load);
        }

        assertThat(damaged).as(name).isNotNull();
        assertThat(damaged.problem()).contains(expected).contains("restore a backup")
                .doesNotContain("Expected", "BEGIN_", "$.", "Exception");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }
}
