package app.notrain.cli;

import app.notrain.catalog.LegalContacts;
import app.notrain.i18n.Messages;
import app.notrain.progress.Account;
import app.notrain.progress.Letter;
import app.notrain.progress.LetterException;
import app.notrain.progress.LetterKind;
import app.notrain.progress.LetterWriter;
import app.notrain.progress.Letters;
import app.notrain.progress.Sender;
import app.notrain.report.LetterFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code notrain letter ACCOUNT --kind objection|reminder|complaint [--grounds] [--out] [--sent]}:
 * writes a GDPR letter for an account (docs/letters.md), to a file or the output, and with
 * {@code --sent} records it as sent that day, which starts the controller's one-month clock. The
 * letter's language is the global {@code --lang}. Who signs is asked once ({@code --name},
 * {@code --address}, {@code --country}) and kept in the profile.
 */
@Command(name = "letter", mixinStandardHelpOptions = true, resourceBundle = "app.notrain.i18n.messages")
final class LetterCommand implements Callable<Integer>, DescribedCommand {

    @Spec
    CommandSpec spec;

    @Mixin
    TodayOption today;

    @Parameters(index = "0", paramLabel = "ACCOUNT_ID", descriptionKey = "cli.letter.account")
    String accountId;

    @Option(names = "--kind", required = true, paramLabel = "KIND", descriptionKey = "cli.letter.kind")
    LetterKind kind;

    @Option(names = "--grounds", paramLabel = "TEXT", descriptionKey = "cli.letter.grounds")
    String grounds;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "cli.letter.out")
    Path out;

    @Option(names = "--sent", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.letter.sent")
    LocalDate sent;

    @Option(names = "--channel", paramLabel = "TEXT", descriptionKey = "cli.letter.channel")
    String channel;

    @Option(names = "--reference", paramLabel = "TEXT", descriptionKey = "cli.letter.reference")
    String reference;

    @Option(names = "--name", paramLabel = "TEXT", descriptionKey = "cli.letter.name")
    String name;

    @Option(names = "--address", paramLabel = "TEXT", descriptionKey = "cli.letter.address")
    String address;

    @Option(names = "--country", paramLabel = "CODE", descriptionKey = "cli.letter.country")
    String country;

    @Override
    public String descriptionKey() {
        return "cli.letter.description";
    }

    @Override
    public Integer call() {
        CommandLine cmd = spec.commandLine();
        Messages messages = CliText.messages(cmd);
        PrintWriter err = cmd.getErr();
        LocalDate day = today.day(cmd);
        if (sent != null && sent.isAfter(day)) {
            err.println(messages.get("cli.letter.sentInFuture", sent.toString(), day.toString()));
            err.flush();
            return Cli.BAD_ARGUMENTS;
        }
        return StoreSession.run(cmd, (book, output) -> {
            Optional<Account> found = AccountCommand.find(book, accountId, messages, err);
            if (found.isEmpty()) {
                return Cli.BAD_ARGUMENTS;
            }
            if (name != null || address != null || country != null) {
                Sender current = book.profile().sender();
                Sender given = new Sender(name != null ? name : current == null ? null : current.name(),
                        address != null ? address.replace("\\n", "\n") : current == null ? null
                                : current.postalAddress(),
                        country != null ? country : current == null ? null : current.country());
                if (!given.complete()) {
                    err.println(messages.get("letter.problem.SENDER_MISSING"));
                    err.println(messages.get("cli.letter.senderHow"));
                    err.flush();
                    return Cli.BAD_ARGUMENTS;
                }
                book.setSender(given);
            }
            LetterWriter.Draft draft;
            try {
                draft = Letters.write(book, LegalContacts.builtIn(), found.get(), kind, grounds, messages.language(),
                        sent != null ? sent : day);
            } catch (LetterException e) {
                err.println(e.describe(messages));
                if (e.problem() == LetterException.Problem.SENDER_MISSING) {
                    err.println(messages.get("cli.letter.senderHow"));
                } else if (e.problem() == LetterException.Problem.GROUNDS_MISSING) {
                    err.println(messages.get("cli.letter.groundsHow"));
                }
                err.flush();
                return Cli.BAD_ARGUMENTS;
            }
            if (out != null) {
                try {
                    LetterFiles.saveText(draft.text(), out);
                } catch (IOException e) {
                    err.println(messages.get("cli.letter.cannotWrite", out, String.valueOf(e.getMessage())));
                    err.flush();
                    return Cli.BAD_ARGUMENTS;
                }
                output.println(messages.get("cli.letter.written", out));
            } else {
                output.print(draft.text());
            }
            if (sent != null) {
                Letter letter = Letters.recordSent(book, found.get(), draft, sent, channel, reference);
                String when = new app.notrain.catalog.CatalogTexts(messages).date(letter.answerDue());
                output.println(kind == LetterKind.OBJECTION
                        ? messages.get("cli.letter.recordedDue", found.get().id(), sent.toString(), when)
                        : messages.get("cli.letter.recorded", found.get().id(), messages.label(kind), sent.toString()));
            }
            return Cli.OK;
        });
    }
}
