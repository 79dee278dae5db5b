package app.notrain.cli;

import app.notrain.i18n.Messages;
import app.notrain.report.PlainText;
import picocli.CommandLine;

final class CliText {
    private CliText() {
    }

    static Messages messages(CommandLine cmd) {
        return Messages.of(Cli.language(cmd));
    }

    /**
     * User text made safe to print on one terminal line: a label must not move the cursor, clear
     * the terminal, show itself in another order or break a table row ({@link PlainText#line}).
     */
    static String plain(String text) {
        return PlainText.line(text);
    }
}
