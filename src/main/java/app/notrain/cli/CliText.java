package app.notrain.cli;

import app.notrain.i18n.Messages;
import picocli.CommandLine;

final class CliText {
    private CliText() {
    }

    static Messages messages(CommandLine cmd) {
        return Messages.of(Cli.language(cmd));
    }
}
