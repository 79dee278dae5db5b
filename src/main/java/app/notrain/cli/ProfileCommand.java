package app.notrain.cli;

import app.notrain.catalog.Region;
import app.notrain.i18n.Messages;
import app.notrain.progress.Profile;
import app.notrain.progress.UseKind;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code notrain profile [--region R] [--adult yes|no] [--use personal|business] [--organisation NAME]
 * [--author NAME]}: what the wizard asks, shown, and changed for scripts and a DPO's set-up. Without
 * options it only shows the profile; with any, it saves the change (one undoable change) and shows
 * the result.
 */
@Command(name = "profile", mixinStandardHelpOptions = true, resourceBundle = "app.notrain.i18n.messages")
final class ProfileCommand implements Callable<Integer>, DescribedCommand {

    @Spec
    CommandSpec spec;

    @Option(names = "--region", paramLabel = "EU_EEA|UK|CH|OTHER", descriptionKey = "cli.profile.region")
    Region region;

    @Option(names = "--adult", arity = "1", paramLabel = "yes|no", converter = YesNo.class, descriptionKey = "cli.profile.adult")
    Boolean adult;

    @Option(names = "--use", paramLabel = "personal|business", descriptionKey = "cli.profile.use")
    UseKind use;

    @Option(names = "--organisation", paramLabel = "NAME", descriptionKey = "cli.profile.organisation")
    String organisation;

    @Option(names = "--author", paramLabel = "NAME", descriptionKey = "cli.profile.author")
    String author;

    @Override
    public String descriptionKey() {
        return "cli.profile.description";
    }

    @Override
    public Integer call() {
        CommandLine cmd = spec.commandLine();
        Messages messages = CliText.messages(cmd);
        return StoreSession.run(cmd, (book, out) -> {
            boolean wasSetUp = book.setupDone();
            Profile before = book.profile();
            Profile after = before
                    .withAnswers(region != null ? region : before.region(), adult != null ? adult : before.adult(),
                            use != null ? use : before.use())
                    .withNames(organisation != null ? organisation : before.organisation(),
                            author != null ? author : before.author());
            if (changesSomething()) {
                book.changeProfile(after);
                out.println(messages.get(after.equals(before) && wasSetUp ? "cli.profile.unchanged"
                        : "cli.profile.saved"));
            } else if (!wasSetUp) {
                out.println(messages.get("cli.profile.notSetUp"));
            }
            show(book.profile(), messages, out);
            return Cli.OK;
        });
    }

    private boolean changesSomething() {
        return region != null || adult != null || use != null || organisation != null || author != null;
    }

    private static void show(Profile profile, Messages m, PrintWriter out) {
        String none = m.get("cli.profile.none");
        out.println(m.get("cli.profile.line.region", m.label(profile.region())));
        out.println(m.get("cli.profile.line.age", m.get(profile.adult() ? "wizard.adult" : "wizard.minor")));
        out.println(m.get("cli.profile.line.use", m.label(profile.use())));
        out.println(m.get("cli.profile.line.organisation",
                profile.organisation() == null ? none : CliText.plain(profile.organisation())));
        out.println(m.get("cli.profile.line.author", profile.author() == null ? none : CliText.plain(profile.author())));
        if (profile.sender() != null) {
            out.println(m.get("cli.profile.line.sender", CliText.plain(profile.sender().name())));
        }
    }

    /** {@code yes} or {@code no} (also {@code true}, {@code false}), in any case. */
    static final class YesNo implements ITypeConverter<Boolean> {
        @Override
        public Boolean convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "yes", "true" -> true;
                case "no", "false" -> false;
                default -> throw new TypeConversionException("expected one of [yes, no] but was '" + value + "'");
            };
        }
    }
}
