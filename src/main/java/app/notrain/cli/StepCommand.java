package app.notrain.cli;

import app.notrain.catalog.Platform;
import app.notrain.catalog.Step;
import app.notrain.i18n.Messages;
import app.notrain.progress.Account;
import app.notrain.progress.EvidenceFile;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.StepRecord;
import app.notrain.store.EvidenceFolder;
import app.notrain.store.EvidenceRefusedException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code notrain step ACCOUNT STEP [--status S [--note] [--evidence] [--until]] [--attach FILE]}: records
 * a step, and/or attaches a file to it as evidence (copied into the store's evidence folder). A status
 * shared in a Meta Accounts Center is recorded for the linked accounts too, and the output says so.
 * {@code notrain step organisation MEASURE --status S [--note] [--evidence] [--owner]} records a
 * measure of a business's organisation checklist instead.
 */
@Command(name = "step", mixinStandardHelpOptions = true, resourceBundle = "app.notrain.i18n.messages")
final class StepCommand implements Callable<Integer>, DescribedCommand {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ACCOUNT_ID", descriptionKey = "cli.step.account")
    String accountId;

    @Parameters(index = "1", paramLabel = "STEP_ID", descriptionKey = "cli.step.step")
    String stepId;

    @Option(names = "--status", paramLabel = "STATUS", descriptionKey = "cli.step.status")
    CliStatus status;

    @Option(names = "--attach", paramLabel = "FILE", descriptionKey = "cli.step.attach")
    Path attach;

    @Option(names = "--note", paramLabel = "TEXT", descriptionKey = "cli.step.note")
    String note;

    @Option(names = "--evidence", paramLabel = "TEXT", descriptionKey = "cli.step.evidence")
    String evidence;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.step.until")
    LocalDate until;

    @Option(names = "--owner", paramLabel = "NAME", descriptionKey = "cli.step.owner")
    String owner;

    @Override
    public String descriptionKey() {
        return "cli.step.description";
    }

    @Override
    public Integer call() {
        CommandLine cmd = spec.commandLine();
        Messages messages = CliText.messages(cmd);
        PrintWriter err = cmd.getErr();
        ProgressWords words = new ProgressWords(messages);
        if (status == null && (attach == null || note != null || evidence != null || until != null)) {
            err.println(messages.get(attach == null ? "cli.step.nothing" : "cli.step.statusNeeded"));
            err.flush();
            return Cli.BAD_ARGUMENTS;
        }
        if (OrganisationStep.ACCOUNT.equals(accountId)) {
            if (attach != null) {
                err.println(messages.get("cli.step.attachNotForMeasures"));
                err.flush();
                return Cli.BAD_ARGUMENTS;
            }
            return StoreSession.run(cmd, (book, out) -> new OrganisationStep(messages, err)
                    .record(book, out, stepId, status, note, evidence, owner));
        }
        return StoreSession.run(cmd, (book, out) -> {
            Optional<Account> found = AccountCommand.find(book, accountId, messages, err);
            if (found.isEmpty()) {
                return Cli.BAD_ARGUMENTS;
            }
            Account account = found.get();
            Optional<Platform> platform = book.platform(account.platformId());
            Optional<Step> step = platform.flatMap(p -> p.step(stepId));
            if (step.isEmpty()) {
                err.println(messages.get("cli.step.unknown", account.platformId(), stepId, platform
                        .map(p -> p.steps().stream().map(Step::id).collect(Collectors.joining(", ")))
                        .orElse("")));
                err.flush();
                return Cli.BAD_ARGUMENTS;
            }
            String title = words.texts().text(step.get().title());
            // The copy first: if it is refused, nothing is recorded.
            EvidenceFile file = null;
            if (attach != null) {
                try {
                    file = StoreSession.evidence(cmd).copyIn(attach, Cli.rootOf(cmd).clock.instant());
                } catch (IOException e) {
                    err.println(attachProblem(messages, e));
                    err.flush();
                    return Cli.BAD_ARGUMENTS;
                }
            }
            if (status != null) {
                recordStatus(book, account, title, messages, words, out);
            }
            if (file != null) {
                book.attachEvidence(account.id(), stepId, file);
                out.println(messages.get("cli.step.attached", account.id(), title, CliText.plain(file.originalName()),
                        file.sha256()));
            }
            return Cli.OK;
        });
    }

    private void recordStatus(ProgressBook book, Account account, String title, Messages messages, ProgressWords words,
                              PrintWriter out) {
        List<Account> linked = book.setStep(account.id(), stepId, status.status(), note, evidence, until);
        StepRecord record = book.record(account.id(), stepId).orElseThrow();
        String statusWord = messages.label(record.status());
        out.println(record.until() == null
                ? messages.get("cli.step.recorded", account.id(), title, statusWord)
                : messages.get("cli.step.recordedUntil", account.id(), title, statusWord,
                        words.texts().date(record.until())));
        if (!linked.isEmpty()) {
            out.println(messages.get("cli.step.linked",
                    linked.stream().map(a -> messages.get("cli.account.named", a.id(), CliText.plain(a.label())))
                            .collect(Collectors.joining(", "))));
        }
    }

    /** Why the file was not attached, and what to do. */
    private String attachProblem(Messages messages, IOException e) {
        if (e instanceof EvidenceRefusedException refused) {
            return refused.reason() == EvidenceRefusedException.Reason.TOO_LARGE
                    ? messages.get("cli.step.attachTooLarge", attach, EvidenceFolder.MAX_BYTES / (1024 * 1024))
                    : messages.get("cli.step.attachNotAFile", attach);
        }
        if (e instanceof NoSuchFileException) {
            return messages.get("cli.step.attachMissing", attach);
        }
        return messages.get("cli.step.attachFailed", attach, e.getMessage());
    }
}
