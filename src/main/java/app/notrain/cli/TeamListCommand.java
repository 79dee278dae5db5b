package app.notrain.cli;

import app.notrain.i18n.Messages;
import app.notrain.progress.TeamMember;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code notrain team list}: whose reports are kept, from when, how their accounts stand, and which are old. */
@Command(name = "list", mixinStandardHelpOptions = true, resourceBundle = "app.notrain.i18n.messages")
final class TeamListCommand implements Callable<Integer>, DescribedCommand {

    @Spec
    CommandSpec spec;

    @Mixin
    TodayOption today;

    @Override
    public String descriptionKey() {
        return "cli.team.list.description";
    }

    @Override
    public Integer call() {
        CommandLine cmd = spec.commandLine();
        Messages messages = CliText.messages(cmd);
        return StoreSession.run(cmd, (book, out) -> {
            List<TeamMember> team = TeamMember.of(book.team(), today.day(cmd), Cli.rootOf(cmd).clock.getZone());
            if (team.isEmpty()) {
                out.println(messages.get("cli.team.none"));
                return Cli.OK;
            }
            ProgressWords words = new ProgressWords(messages);
            for (TeamMember member : team) {
                out.println(messages.get("cli.team.listLine", CliText.plain(member.person()),
                        words.texts().date(member.reportedOn()), member.snapshot().accounts().size(), words.headline(member.tally())));
                String stale = words.staleWarning(member);
                if (stale != null) {
                    out.println("  ! " + stale);
                }
            }
            return Cli.OK;
        });
    }
}
