package app.notrain.cli;

import app.notrain.i18n.Messages;
import java.util.regex.Pattern;
import picocli.CommandLine;

final class CliText {
    /** Control characters: a label must not move the cursor, clear the terminal or break a table row. */
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    private CliText() {
    }

    static Messages messages(CommandLine cmd) {
        return Messages.of(Cli.language(cmd));
    }

    /** User text made safe to print on one terminal line. */
    static String plain(String text) {
        return text == null ? "" : CONTROL.matcher(text).replaceAll(" ");
    }
}
