package app.notrain.cli;

import app.notrain.catalog.Catalog;
import app.notrain.catalog.CatalogSource;
import app.notrain.i18n.Messages;
import app.notrain.progress.ProgressBook;
import app.notrain.store.EvidenceFolder;
import app.notrain.store.ProgressStore;
import app.notrain.store.StoreDamagedException;
import app.notrain.store.StoreException;
import app.notrain.store.StoreLocation;
import app.notrain.store.StoreLockedException;
import app.notrain.store.StorePath;
import app.notrain.store.StorePathException;
import app.notrain.store.StoreReadOnlyException;
import app.notrain.store.StoreTooNewException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;

/**
 * One command's use of the progress store: find it, lock it, load it, run the command on a
 * {@link ProgressBook}, save if the book changed, release the lock. Store problems become exit
 * codes 3 (unreadable, damaged, too new: the file is left untouched) and 4 (locked).
 */
final class StoreSession {

    /** What a command does with the book. It writes its output to {@code out}; errors go to the command's err. */
    @FunctionalInterface
    interface Work {
        int run(ProgressBook book, PrintWriter out);
    }

    private StoreSession() {
    }

    /** The store the command line uses: {@code --store}, then {@code NOTRAIN_STORE}, then portable mode, then the OS convention. */
    static Path location(NoTrainCommand root) {
        return StoreLocation.resolve(root.store == null ? null : root.store.toString(), root.environment,
                System.getProperty("os.name"), Path.of(System.getProperty("user.home")), StoreLocation.programFolder());
    }

    /**
     * The evidence folder of the store the command uses: beside the file a link leads to, as the
     * window's. Asked for once the store is open, so the path is known to resolve.
     */
    static EvidenceFolder evidence(CommandLine cmd) throws IOException {
        try {
            return EvidenceFolder.beside(StorePath.resolve(location(Cli.rootOf(cmd))));
        } catch (StorePathException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    static int run(CommandLine cmd, Work work) {
        NoTrainCommand root = Cli.rootOf(cmd);
        Messages messages = CliText.messages(cmd);
        PrintWriter err = cmd.getErr();
        Path path = location(root);
        // The output is held back until the change is on disk: a script must not read an id that was never saved.
        StringWriter output = new StringWriter();
        int code;
        try (ProgressStore store = ProgressStore.open(path, root.clock)) {
            try {
                ProgressBook book = new ProgressBook(catalog(cmd, path), store.load(), root.clock);
                if (store.readOnly()) {
                    err.println(messages.get("cli.store.readOnly", store.path()));
                }
                boolean[] changed = {false};
                book.addListener(() -> changed[0] = true);
                PrintWriter out = new PrintWriter(output);
                code = work.run(book, out);
                out.flush();
                if (changed[0]) {
                    store.save(book.snapshot());
                }
            } catch (StoreDamagedException e) {
                return damaged(err, messages, e, newestGoodBackup(store));
            }
        } catch (StoreLockedException e) {
            return fail(err, messages.get("cli.store.locked", e.file()), Cli.STORE_LOCKED);
        } catch (StoreTooNewException e) {
            return fail(err, messages.get("cli.store.tooNew", e.file(), String.valueOf(e.foundVersion()),
                    String.valueOf(e.supportedVersion())), Cli.STORE_UNREADABLE);
        } catch (StoreDamagedException e) {
            return damaged(err, messages, e, Optional.empty());
        } catch (StoreReadOnlyException e) {
            return fail(err, messages.get("cli.store.cannotChange", e.file()), Cli.STORE_UNREADABLE);
        } catch (StorePathException e) {
            return fail(err, messages.get("cli.store.pathRefused",
                    messages.get(e.reason().messageKey(), e.file(), e.culprit())), Cli.STORE_UNREADABLE);
        } catch (StoreException e) {
            return fail(err, messages.get("cli.store.unreadable", e.file(), e.getMessage()), Cli.STORE_UNREADABLE);
        } catch (IOException e) {
            return fail(err, messages.get("cli.store.unreadable", path, reason(e, messages)), Cli.STORE_UNREADABLE);
        }
        PrintWriter out = cmd.getOut();
        out.print(output);
        out.flush();
        err.flush();
        return code;
    }

    /** The catalog the window would use with this store: an imported newer one, else the built-in one. */
    static Catalog catalog(CommandLine cmd, Path storePath) {
        CatalogSource.Effective effective = CatalogSource.load(CatalogSource.importedFileFor(storePath));
        if (effective.importProblem() != null) {
            cmd.getErr().println(CliText.messages(cmd).get("status.importIgnored", effective.importProblem()));
        }
        return effective.catalog();
    }

    private static Optional<Path> newestGoodBackup(ProgressStore store) {
        try {
            return store.newestGoodBackup();
        } catch (IOException e) {
            return Optional.empty(); // the message about the damaged file matters more than this one
        }
    }

    private static int damaged(PrintWriter err, Messages messages, StoreDamagedException e, Optional<Path> backup) {
        err.println(messages.get("cli.store.damaged", e.file(), e.problem()));
        err.println(backup.map(b -> messages.get("cli.store.backup", b)).orElseGet(() -> messages.get("cli.store.noBackup")));
        err.flush();
        return Cli.STORE_UNREADABLE;
    }

    private static int fail(PrintWriter err, String message, int code) {
        err.println(message);
        err.flush();
        return code;
    }

    /** File-system exceptions carry the path as their message; the reason is elsewhere. */
    private static String reason(IOException e, Messages messages) {
        if (e instanceof AccessDeniedException) {
            return messages.get("cli.store.accessDenied");
        }
        if (e instanceof FileSystemException fse) {
            return fse.getReason() != null ? fse.getReason() : e.getClass().getSimpleName();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
