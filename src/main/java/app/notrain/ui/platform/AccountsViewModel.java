package app.notrain.ui.platform;

import app.notrain.catalog.CatalogTexts;
import app.notrain.catalog.LegalContacts;
import app.notrain.catalog.Platform;
import app.notrain.catalog.Step;
import app.notrain.i18n.Messages;
import app.notrain.progress.Account;
import app.notrain.progress.AccountOverview;
import app.notrain.progress.AccountProtection;
import app.notrain.progress.Letters;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.QuickAnswer;
import app.notrain.progress.ProtectionTexts;
import app.notrain.progress.Situation;
import app.notrain.progress.StepProgress;
import app.notrain.progress.StepRecord;
import app.notrain.progress.StepStatus;
import app.notrain.progress.ChangeTexts;
import app.notrain.progress.EvidenceFile;
import app.notrain.progress.EvidenceState;
import app.notrain.store.EvidenceFolder;
import app.notrain.store.EvidenceRefusedException;
import app.notrain.ui.LinkOpener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The user's accounts on one platform, each with its checklist: state in words, and the commands. */
public final class AccountsViewModel {

    /**
     * One account: its protection first ({@code protection}: the status and what it means today,
     * {@code protectionStyle} its colour, {@code next} the step to do, or empty; {@code letter} the
     * letter the account can send, as its button says it, or null), then its steps and history.
     */
    public record AccountCard(String id, String title, String owner, String group, String progress,
                              String protection, String protectionStyle, String next, String letter,
                              List<StepLine> steps, List<String> history) {
    }

    /**
     * One step of one account: what the user recorded and what it means today. {@code guide}: how to do
     * it, the same on every card; {@code open}: the step still asks something of the user, so the card
     * shows how; {@code quick}: the one-click answer and {@code quickLabel} its words, or null.
     */
    public record StepLine(String accountId, String stepId, int number, String title, StepStatus status,
                           String situation, String situationStyle, String detail, String note, String evidence,
                           LocalDate until, StepGuide guide, boolean open, QuickAnswer quick, String quickLabel,
                           List<FileLine> files) {
    }

    /**
     * A file attached to a step: {@code name} as the user knew it, {@code details} when attached and
     * its size, {@code state} whether the copy is still what was attached (null while it is being
     * checked), in words ({@code stateText}) and as a style ({@code stateStyle}).
     */
    public record FileLine(EvidenceFile file, String name, String details, EvidenceState state, String stateText,
                           String stateStyle) {
    }

    /**
     * How to do a step, from the catalog: where the setting is, what to do, the link, the wait that
     * follows, its role and the regions it is for (null when it has none of these).
     */
    public record StepGuide(String path, PathStatusText pathStatus, String instructions, String url, String waitNote,
                            String role, String regions) {
    }

    private final ProgressBook book;
    private final Platform platform;
    private final Messages m;
    private final CatalogTexts texts;
    private final LocalDate today;
    private final ZoneId zone;
    private final LinkOpener links;
    private final EvidenceAccess evidence;
    /** Files whose copy is being read off the JavaFX thread, to tell whether it changed. */
    private final Set<String> checking = new HashSet<>();
    /** Account cards on one page. */
    public static final int PAGE_SIZE = 20;

    /** Built once per platform: every card shows the same guide for a step. */
    private final Map<String, StepGuide> guides = new HashMap<>();
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper("");
    private int page;
    private String filter = "";
    /** The account the dashboard opened, while its page is shown; null otherwise. */
    private String wanted;
    /** Set by this model's own commands, so that the refresh they cause keeps their message. */
    private boolean justActed;

    public AccountsViewModel(ProgressBook book, Platform platform, Messages messages, LocalDate today, ZoneId zone,
                             LinkOpener links, EvidenceAccess evidence) {
        this.book = book;
        this.links = links;
        this.evidence = evidence;
        this.platform = platform;
        this.m = messages;
        this.texts = new CatalogTexts(messages);
        this.today = today;
        this.zone = zone;
    }

    /** Meta's platforms: accounts may share one Accounts Center, so the form asks for its name. */
    public boolean usesAccountsCenter() {
        return platform.accountsCenter() != null;
    }

    public ReadOnlyStringProperty feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    /** A change made elsewhere (undo, another platform's account) makes the last message stale. */
    public void forgetStaleFeedback() {
        if (!justActed) {
            feedback.set("");
        }
        justActed = false;
    }

    public boolean hasAccounts() {
        return !book.accountsOn(platform.id()).isEmpty();
    }

    /**
     * The cards of the page shown: at most {@link #PAGE_SIZE}, so that a platform with hundreds of
     * a business's accounts builds a page's worth of controls, not one card per account.
     */
    public List<AccountCard> accounts() {
        List<Account> matching = matching();
        int from = Math.min(page * PAGE_SIZE, matching.size());
        return matching.subList(from, Math.min(from + PAGE_SIZE, matching.size())).stream().map(this::card).toList();
    }

    /** The accounts on this platform whose label, owner or group contains the filter's text. */
    private List<Account> matching() {
        List<Account> all = book.accountsOn(platform.id());
        String needle = filter.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return all;
        }
        return all.stream().filter(a -> (a.label() + " " + Objects.toString(a.owner(), "") + " "
                + Objects.toString(a.group(), "")).toLowerCase(Locale.ROOT).contains(needle)).toList();
    }

    /** Whether there are more accounts than one page: then the page shows a filter and page buttons. */
    public boolean isPaged() {
        return book.accountsOn(platform.id()).size() > PAGE_SIZE;
    }

    /** "Accounts 21–40 of 812". */
    public String pageText() {
        int total = matching().size();
        if (total == 0) {
            return m.get("accounts.page.none");
        }
        int from = Math.min(page * PAGE_SIZE, total);
        return m.get("accounts.page", from + 1, Math.min(from + PAGE_SIZE, total), total);
    }

    public boolean hasPreviousPage() {
        return page > 0;
    }

    public boolean hasNextPage() {
        return (page + 1) * PAGE_SIZE < matching().size();
    }

    public void previousPage() {
        page = Math.max(0, page - 1);
        wanted = null;
    }

    public void nextPage() {
        if (hasNextPage()) {
            page++;
            wanted = null;
        }
    }

    public String filter() {
        return filter;
    }

    public void setFilter(String text) {
        filter = text == null ? "" : text;
        page = 0;
        wanted = null;
    }

    /** Shows the page that has the account (the dashboard's "Open"), with no filter in the way. */
    public void showAccount(String accountId) {
        filter = "";
        wanted = accountId;
        List<Account> all = book.accountsOn(platform.id());
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(accountId)) {
                page = i / PAGE_SIZE;
                return;
            }
        }
    }

    /** The account {@link #showAccount} asked for, while its page is the one shown; else null. */
    public String wantedAccount() {
        return wanted;
    }

    private AccountCard card(Account account) {
        AccountOverview overview = AccountOverview.of(book, account, today);
        AccountProtection protection = AccountProtection.of(overview, book.profile(), today, zone);
        List<StepProgress> progress = overview.steps();
        List<StepLine> lines = java.util.stream.IntStream.range(0, progress.size())
                .mapToObj(i -> line(i + 1, progress.get(i))).toList();
        List<String> history = book.history(account.id()).stream()
                .map(change -> m.get("history.entry", texts.date(LocalDate.ofInstant(change.at(), zone)),
                        ChangeTexts.describe(change, book, m)))
                .toList();
        StepProgress next = protection.next();
        return new AccountCard(account.id(), account.label(), account.owner(), account.group(),
                m.get("accounts.progress", overview.done(), overview.total()),
                new ProtectionTexts(m).standing(protection, today, zone),
                "protection-" + protection.protection().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                next == null ? "" : m.get("accounts.next",
                        platform.steps().indexOf(next.step()) + 1, texts.text(next.step().title())),
                letterLabel(protection), lines, history);
    }

    /** "Write my objection" (or the reminder, the complaint) where the GDPR gives the user a letter to send. */
    private String letterLabel(AccountProtection protection) {
        if (!Letters.offered(protection, book.profile(), LegalContacts.builtIn())) {
            return null;
        }
        return app.notrain.ui.letter.LetterDialog.buttonLabel(Letters.suggested(protection), m);
    }

    private StepLine line(int number, StepProgress p) {
        StepRecord record = p.record();
        StepStatus status = record == null ? StepStatus.TODO : record.status();
        Situation situation = p.situation();
        boolean open = situation != Situation.DONE && situation != Situation.NOT_APPLICABLE;
        QuickAnswer quick = QuickAnswer.of(p).orElse(null);
        return new StepLine(p.account().id(), p.step().id(), number, texts.text(p.step().title()), status,
                m.label(situation), "situation-" + situation.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                detail(p), record == null ? "" : nullToEmpty(record.note()),
                record == null ? "" : nullToEmpty(record.evidence()), record == null ? null : record.until(),
                guide(p.step()), open, quick, quick == null ? null : m.get(quick.labelKey()),
                record == null ? List.of() : record.evidenceFiles().stream().map(this::fileLine).toList());
    }

    /** A file as the card lists it; what its copy's size and time cannot tell is left to {@link #checkFiles}. */
    private FileLine fileLine(EvidenceFile file) {
        EvidenceState state = evidence.folder().quickCheck(file).orElse(null);
        String details = m.get("evidence.details", texts.date(LocalDate.ofInstant(file.attachedAt(), zone)),
                sizeText(file.size()));
        return new FileLine(file, file.originalName(), details, state,
                state == null ? m.get("evidence.checking") : m.label(state),
                "evidence-" + (state == null ? "checking" : state.name().toLowerCase(Locale.ROOT)));
    }

    private String sizeText(long bytes) {
        if (bytes < 1024) {
            return m.get("evidence.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return m.get("evidence.kilobytes", (bytes + 1023) / 1024);
        }
        return m.get("evidence.megabytes", bytes / (1024.0 * 1024.0));
    }

    /**
     * Reads, off the JavaFX thread, the copies of the shown files that only a full read can tell
     * about, then calls {@code checked} (on the JavaFX thread) so that the cards show what was found.
     */
    public void checkFiles(List<AccountCard> cards, Runnable checked) {
        List<EvidenceFile> unknown = cards.stream().flatMap(c -> c.steps().stream())
                .flatMap(l -> l.files().stream()).filter(f -> f.state() == null).map(FileLine::file)
                .filter(f -> checking.add(f.storedName())).toList();
        if (unknown.isEmpty()) {
            return;
        }
        evidence.work().run(() -> {
            unknown.forEach(evidence.folder()::check);
            return unknown;
        }, done -> {
            done.forEach(f -> checking.remove(f.storedName()));
            checked.run();
        }, failure -> unknown.forEach(f -> checking.remove(f.storedName())));
    }

    /**
     * Copies {@code source} into the evidence folder off the JavaFX thread, then attaches it to the
     * step (in the history, undoable). A file over the limit, or that is not a file, is refused in words.
     */
    public void attach(StepLine line, Path source) {
        justActed = true;
        feedback.set(m.get("evidence.copying", source.getFileName()));
        evidence.work().run(() -> {
            try {
                return evidence.folder().copyIn(source, evidence.clock().instant());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, file -> {
            justActed = true;
            book.attachEvidence(line.accountId(), line.stepId(), file);
            feedback.set(m.get("evidence.attached", file.originalName(), line.title()));
        }, failure -> {
            justActed = true;
            feedback.set(refusal(source, failure instanceof UncheckedIOException u ? u.getCause() : failure));
        });
    }

    private String refusal(Path source, Throwable failure) {
        if (failure instanceof EvidenceRefusedException refused) {
            return refused.reason() == EvidenceRefusedException.Reason.TOO_LARGE
                    ? m.get("evidence.tooLarge", source.getFileName(), EvidenceFolder.MAX_BYTES / (1024 * 1024))
                    : m.get("evidence.notAFile", source.getFileName());
        }
        return m.get("evidence.copyFailed", source.getFileName(), failure.getMessage());
    }

    /** Hands the copy to the system (an image viewer, a mail or PDF reader); a missing copy is said instead. */
    public void openFile(FileLine file) {
        justActed = true;
        Path copy = evidence.folder().locate(file.file());
        if (!Files.isRegularFile(copy)) {
            feedback.set(m.get("evidence.missing", file.name(), evidence.folder().folder()));
            return;
        }
        links.open(copy.toUri().toString());
        feedback.set(m.get("evidence.opened", file.name()));
    }

    /** Takes the file off the step (undoable); its copy stays in the evidence folder. */
    public void removeFile(StepLine line, FileLine file) {
        justActed = true;
        book.removeEvidence(line.accountId(), line.stepId(), file.file().storedName());
        feedback.set(m.get("evidence.removed", file.name(), line.title()));
    }

    private StepGuide guide(Step step) {
        return guides.computeIfAbsent(step.id(), id -> new StepGuide(
                step.path() == null ? null : texts.path(step.path()),
                step.path() == null && step.url() == null ? null : PathStatusText.of(step.pathStatus(), texts),
                step.detail() == null ? null : texts.text(step.detail()),
                step.url(),
                step.waitFor() == null ? null : m.get("platform.wait." + step.waitFor().kind().name(),
                        step.waitFor().days()),
                step.optional() ? m.get("platform.optionalRole", m.label(step.role())) : m.label(step.role()),
                step.regions().isEmpty() ? null : m.get("platform.stepRegions", texts.regions(step.regions()))));
    }

    /** A step's link, handed to the system browser. */
    public void open(String url) {
        links.open(url);
        justActed = true;
        feedback.set(m.get("platform.opened", url));
    }

    /** The step line's one-click answer (Mark done, Mark sent, Still done), keeping its note and evidence. */
    public void quick(StepLine line) {
        if (line.quick() != null) {
            record(line, line.quick().status(), line.note(), line.evidence(), null);
        }
    }

    /** Why it does not apply, until when it waits, when it was done and when to re-check. */
    private String detail(StepProgress p) {
        if (p.situation() == Situation.NOT_APPLICABLE && p.notApplicableReason() != null) {
            return m.label(p.notApplicableReason());
        }
        String recorded = p.record() == null ? null : m.get("accounts.recorded",
                texts.date(LocalDate.ofInstant(p.record().changedAt(), zone)));
        return switch (p.situation()) {
            case WAITING, WAIT_OVER -> p.due() == null ? recorded : m.get("accounts.waitUntil", texts.date(p.due()));
            case DONE -> m.get("accounts.recheckOn", recorded, texts.date(p.due()));
            case RECHECK_DUE -> p.catalogChanged() ? m.get("accounts.catalogChanged") : m.get("accounts.recheckDue",
                    recorded);
            default -> recorded;
        };
    }

    /** Records what the user chose for a step; says so, naming linked accounts marked too. */
    public void record(StepLine line, StepStatus status, String note, String evidence, LocalDate until) {
        LocalDate end = status == StepStatus.WAITING ? until : null;
        justActed = true;
        List<Account> linked = book.setStep(line.accountId(), line.stepId(), status, note, evidence, end);
        feedback.set(linked.isEmpty()
                ? m.get("accounts.recordedFeedback", line.title(), m.label(status))
                : m.get("accounts.linkedFeedback", line.title(), m.label(status),
                        linked.stream().map(a -> name(a) + " · " + a.label()).collect(Collectors.joining(", "))));
    }

    /** Adds an account; returns a problem to show instead when the label is blank. */
    public String addAccount(String label, String owner, String group) {
        if (label == null || label.isBlank()) {
            return m.get("accounts.labelRequired");
        }
        justActed = true;
        Account account = book.addAccount(platform.id(), label, owner, group);
        showAccount(account.id());
        feedback.set(m.get("accounts.added", account.label()));
        return null;
    }

    public String rename(String accountId, String label) {
        if (label == null || label.isBlank()) {
            return m.get("accounts.labelRequired");
        }
        book.renameAccount(accountId, label);
        return null;
    }

    public void remove(String accountId) {
        String label = book.account(accountId).map(Account::label).orElse(accountId);
        justActed = true;
        book.removeAccount(accountId);
        feedback.set(m.get("accounts.removed", label));
    }

    private String name(Account account) {
        return book.platform(account.platformId()).map(Platform::name).orElse(account.platformId());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

}
