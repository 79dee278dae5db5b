package app.notrain.cli;

import app.notrain.i18n.Messages;
import app.notrain.report.TeamImport;

/** Why a colleague's report was refused, in the user's language: the file, the reason, what to do. */
final class TeamWords {
    private TeamWords() {
    }

    static String refusal(TeamImport.Refused refused, Messages messages) {
        String detail = CliText.plain(refused.detail());
        return messages.get("team.refused." + refused.problem().name(), refused.file(), detail,
                detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
