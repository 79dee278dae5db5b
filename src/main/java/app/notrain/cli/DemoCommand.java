package app.notrain.cli;

import app.notrain.catalog.CatalogReader;
import app.notrain.i18n.Messages;
import app.notrain.progress.DemoProgress;
import app.notrain.store.ProgressStore;
import app.notrain.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code notrain demo --accounts N [--owners N] [--seed N] --out FILE}: writes a realistic progress
 * file to try the app with, or to test and measure it at scale. Never replaces a file.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, resourceBundle = "app.notrain.i18n.messages")
final class DemoCommand implements Callable<Integer>, DescribedCommand {
    /** Above this, a store is a stress test rather than a demo; the generator stays linear enough. */
    static final int MAX_ACCOUNTS = 100_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--accounts", paramLabel = "N", defaultValue = "6", descriptionKey = "cli.demo.accounts")
    int accounts;

    @Option(names = "--owners", paramLabel = "N", defaultValue = "1", descriptionKey = "cli.demo.owners")
    int owners;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", descriptionKey = "cli.demo.seed")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.demo.out")
    Path out;

    @Override
    public String descriptionKey() {
        return "cli.demo.description";
    }

    @Override
    public Integer call() {
        CommandLine cmd = spec.commandLine();
        Messages messages = CliText.messages(cmd);
        if (accounts < 0 || accounts > MAX_ACCOUNTS || owners < 1 || owners > Math.max(1, accounts)) {
            cmd.getErr().println(messages.get("cli.demo.badSize", accounts, owners, MAX_ACCOUNTS));
            return Cli.BAD_ARGUMENTS;
        }
        if (Files.exists(out)) {
            cmd.getErr().println(messages.get("cli.demo.exists", out));
            return Cli.BAD_ARGUMENTS;
        }
        NoTrainCommand root = Cli.rootOf(cmd);
        try (ProgressStore store = ProgressStore.open(out, root.clock)) {
            store.save(DemoProgress.generate(CatalogReader.builtIn(), accounts, owners, seed, root.clock.instant()));
        } catch (IOException | StoreException e) {
            cmd.getErr().println(messages.get("cli.demo.cannotWrite", out, e.getMessage()));
            return Cli.BAD_ARGUMENTS;
        }
        cmd.getOut().println(messages.get("cli.demo.written", accounts, owners, out.toAbsolutePath()));
        return Cli.OK;
    }
}
