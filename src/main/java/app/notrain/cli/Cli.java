package app.notrain.cli;

import app.notrain.i18n.Language;
import app.notrain.i18n.Messages;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The command line. It never touches JavaFX, so it works on a machine without a display.
 * Exit codes: 0 ok, 2 bad arguments, 3 store unreadable, 4 store locked.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int BAD_ARGUMENTS = 2;
    public static final int STORE_UNREADABLE = 3;
    public static final int STORE_LOCKED = 4;

    private final NoTrainCommand root;
    private final CommandLine commandLine;

    public Cli(PrintWriter out, PrintWriter err, Clock clock) {
        this(out, err, clock, System.getenv());
    }

    /** @param environment where {@code NOTRAIN_STORE} and the OS data folders are read from */
    public Cli(PrintWriter out, PrintWriter err, Clock clock, Map<String, String> environment) {
        root = new NoTrainCommand(clock, environment);
        commandLine = new CommandLine(root)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(Cli::badArguments);
        describe(commandLine, Messages.of(Language.fromSystem()));
    }

    /** Lets {@code notrain screenshots} open the window (only the program's entry point can). */
    public Cli withScreenshots(ScreenshotTaker taker) {
        root.screenshots = taker;
        return this;
    }

    /** Command descriptions come from the bundle too: each command names its key, see {@link DescribedCommand}. */
    private static void describe(CommandLine cmd, Messages messages) {
        if (!(cmd.getCommand() instanceof DescribedCommand described)) {
            throw new IllegalStateException(cmd.getCommandSpec().qualifiedName() + " does not name its description key");
        }
        cmd.getCommandSpec().usageMessage().description(messages.get(described.descriptionKey()));
        cmd.getSubcommands().values().forEach(sub -> describe(sub, messages));
    }

    /**
     * The options for the window when {@code args} name no command, else null (run {@link #execute}).
     * Bad arguments are reported like any command's and give null too.
     */
    public GlobalOptions windowOptions(String[] args) {
        ParseResult result;
        try {
            result = commandLine.parseArgs(args);
        } catch (ParameterException e) {
            return null;
        }
        boolean help = result.isUsageHelpRequested() || result.isVersionHelpRequested();
        return help || result.hasSubcommand() ? null : root.globalOptions();
    }

    /**
     * The window's options when {@code args} are only {@code --store FILE} and {@code --lang fr|en}
     * (or none), read without building the command line: starting the window then skips picocli's
     * reflection over every command (about 0.2 s). Null for anything else, which goes through
     * {@link #windowOptions} and its error messages.
     */
    public static GlobalOptions quickWindowOptions(String[] args) {
        Path store = null;
        Language language = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1)
                    : i + 1 < args.length ? args[++i] : null;
            if (value == null || value.isEmpty()) {
                return null;
            }
            if (name.equals("--store") && store == null) {
                store = Path.of(value);
            } else if (name.equals("--lang") && language == null) {
                language = java.util.Arrays.stream(Language.values())
                        .filter(l -> l.code().equalsIgnoreCase(value) || l.name().equalsIgnoreCase(value))
                        .findFirst().orElse(null);
                if (language == null) {
                    return null;
                }
            } else {
                return null;
            }
        }
        return new GlobalOptions(store, language);
    }

    public int execute(String[] args) {
        speak(requestedLanguage(args));
        return commandLine.execute(args);
    }

    /**
     * Help is written before the arguments are fully parsed, so the language asked for with
     * {@code --lang} is looked up first; the system's when there is none or it is not valid.
     */
    private void speak(Language language) {
        commandLine.setResourceBundle(Messages.bundle(language));
        describe(commandLine, Messages.of(language));
    }

    public static Language requestedLanguage(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--lang=") ? args[i].substring("--lang=".length())
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (value != null) {
                for (Language language : Language.values()) {
                    if (language.code().equalsIgnoreCase(value)) {
                        return language;
                    }
                }
            }
        }
        return Language.fromSystem();
    }

    private static int badArguments(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(e.getMessage());
        err.println(CliText.messages(cmd).get("cli.tryHelp", cmd.getCommandSpec().qualifiedName()));
        err.flush();
        return BAD_ARGUMENTS;
    }

    static Language language(CommandLine cmd) {
        NoTrainCommand root = rootOf(cmd);
        Language chosen = root.globalOptions().language();
        return chosen != null ? chosen : Language.fromSystem();
    }

    static NoTrainCommand rootOf(CommandLine cmd) {
        CommandLine top = cmd;
        while (top.getParent() != null) {
            top = top.getParent();
        }
        return top.getCommand();
    }
}
