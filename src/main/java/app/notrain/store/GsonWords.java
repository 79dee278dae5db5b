package app.notrain.store;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gson's errors ("Expected STRING but was BEGIN_ARRAY at line 1 column 9 path $.steps[0].title") in
 * the words a user can act on ("at steps[0].title: text was expected, but there is a list").
 */
final class GsonWords {
    private static final Pattern EXPECTED = Pattern.compile(
            "Expected (?:a |an )?(\\w+) but was (\\w+)(?: at line \\d+ column \\d+)?(?: path \\$\\.?(\\S*))?.*",
            Pattern.DOTALL);
    private static final Pattern TOKEN = Pattern.compile(
            "\\b(BEGIN_ARRAY|END_ARRAY|BEGIN_OBJECT|END_OBJECT|END_DOCUMENT|STRING|NUMBER|BOOLEAN|NULL|NAME)\\b");
    private static final Pattern PATH = Pattern.compile("\\$\\.?(\\S*?):? (.*)", Pattern.DOTALL);
    private static final Map<String, String> TOKENS = Map.ofEntries(
            Map.entry("STRING", "text"), Map.entry("string", "text"),
            Map.entry("BEGIN_ARRAY", "a list"), Map.entry("END_ARRAY", "the end of a list"),
            Map.entry("BEGIN_OBJECT", "an object"), Map.entry("END_OBJECT", "the end of an object"),
            Map.entry("NUMBER", "a number"), Map.entry("int", "a whole number"), Map.entry("long", "a whole number"),
            Map.entry("double", "a number"), Map.entry("BOOLEAN", "true or false"),
            Map.entry("boolean", "true or false"), Map.entry("NULL", "null"), Map.entry("NAME", "a field name"),
            Map.entry("END_DOCUMENT", "the end of the file"));

    private GsonWords() {
    }

    static String explain(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause
                && (cause.getMessage() == null || cause.getMessage().startsWith("java."))) {
            cause = cause.getCause();
        }
        String message = String.valueOf(cause.getMessage())
                .replaceFirst("^[\\w.$]+(Exception|Error): ", "");
        int seeAlso = message.indexOf("\nSee ");
        if (seeAlso >= 0) {
            message = message.substring(0, seeAlso);
        }
        Matcher expected = EXPECTED.matcher(message);
        if (expected.matches()) {
            String place = expected.group(3) == null || expected.group(3).isEmpty() ? "" : "at "
                    + expected.group(3) + ": ";
            return place + word(expected.group(1)) + " was expected, but there is " + word(expected.group(2));
        }
        Matcher path = PATH.matcher(message);
        if (path.matches()) {
            return "at " + path.group(1) + ": " + tokensInWords(path.group(2));
        }
        return tokensInWords(ProgressJsonReader.clip(message.length() > 200 ? message.substring(0, 200) : message));
    }

    /** Gson's token names left in a message of another shape ("found BEGIN_OBJECT"), in words. */
    private static String tokensInWords(String message) {
        Matcher token = TOKEN.matcher(message);
        StringBuilder words = new StringBuilder();
        while (token.find()) {
            token.appendReplacement(words, Matcher.quoteReplacement(word(token.group())));
        }
        return token.appendTail(words).toString();
    }

    private static String word(String token) {
        return TOKENS.getOrDefault(token, token.toLowerCase(java.util.Locale.ROOT));
    }
}
