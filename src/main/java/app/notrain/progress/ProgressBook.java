package app.notrain.progress;

import app.notrain.catalog.Catalog;
import app.notrain.catalog.Platform;
import app.notrain.catalog.Step;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The user's accounts and their progress, with the rules: linked accounts share an objection,
 * steps that do not apply say why, done steps come back for a re-check, every change is recorded
 * and can be undone. Not thread-safe: one thread owns it (the JavaFX thread, or the command line);
 * {@link #snapshot()} gives an immutable copy to save elsewhere.
 */
public final class ProgressBook {
    private final Catalog catalog;
    private final Clock clock;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    private Profile profile;
    private boolean setupDone;
    private final List<Account> accounts;
    private final Map<String, Map<String, StepRecord>> steps = new LinkedHashMap<>();
    private final List<Change> history;
    private final List<Platform> customPlatforms;
    private final List<Letter> letters;
    /** The organisation checklist's records by measure id, records of measures no longer in the catalog kept. */
    private final Map<String, MeasureRecord> measures;
    private final List<TeamSnapshot> team;
    private Preferences preferences;
    private LocalDate lastOpened;
    private long lastAction;

    // Indexes, so that no operation scans every account or the whole history: a business store has
    // thousands of accounts and a history several times that. Kept in step by attach, detach,
    // replace and log, the only places that change accounts and history.
    private final Map<String, Account> byId = new HashMap<>();
    private final Map<String, List<Account>> byGroup = new HashMap<>();
    private final Map<String, List<Change>> historyByAccount = new HashMap<>();
    private final Set<String> usedIds = new HashSet<>();
    /** Actions that can be undone, newest last; and undo actions that can be redone, newest last. */
    private final List<Long> undoStack = new ArrayList<>();
    private final List<Long> redoStack = new ArrayList<>();
    /** Actions that undid another (as opposed to original actions and redos). */
    private final Set<Long> undoActions = new HashSet<>();
    private long lastIndexedAction;
    private final Map<String, Integer> nextIdNumber = new HashMap<>();
    private final Map<String, Platform> platformsById = new LinkedHashMap<>();
    private boolean historyIndexed;
    /** The last {@link #snapshot()}, shared by all who ask until the next change; null once stale. */
    private ProgressData snapshot;
    /** Changes of progress so far: not counting the window's preferences nor the day of the visit. */
    private long progressChanges;

    public ProgressBook(Catalog catalog, ProgressData data, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
        this.profile = data.profile() == null ? Profile.DEFAULT : data.profile();
        this.setupDone = data.setupDone();
        this.accounts = new ArrayList<>(data.accounts().size());
        data.accounts().forEach(this::attach);
        data.steps().forEach((account, records) -> steps.put(account,
                java.util.Collections.unmodifiableMap(new LinkedHashMap<>(records))));
        // The history's indexes are built when first needed: a book made to be assessed never needs them.
        this.history = new ArrayList<>(data.history());
        this.customPlatforms = new ArrayList<>((data.customPlatforms() == null ? List.<Platform>of()
                : data.customPlatforms()).stream().map(CustomPlatform::withRoles).toList());
        indexPlatforms();
        this.preferences = data.preferences();
        this.lastOpened = data.lastOpened();
        this.letters = new ArrayList<>(data.letters() == null ? List.of() : data.letters());
        this.measures = new LinkedHashMap<>(data.measures());
        this.team = new ArrayList<>(data.team() == null ? List.of() : data.team());
        this.lastAction = history.stream().mapToLong(Change::action).max().orElse(0);
    }

    /** Called after every change (on the owning thread), of progress or not (see {@link #progressChanges()}). */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /**
     * How many changes of progress were made so far: a listener that shows progress compares it with
     * the count it last showed, and need not refresh for the preferences or the day of the visit.
     */
    public long progressChanges() {
        return progressChanges;
    }

    /**
     * An immutable copy, cheap enough to take on every change: each account's step records are an
     * unmodifiable map that a change replaces rather than edits, so only the outer map is copied.
     */
    public ProgressData snapshot() {
        if (snapshot == null) {
            snapshot = copy();
        }
        return snapshot;
    }

    private ProgressData copy() {
        // Copies that keep the order, so the file does not reshuffle between saves.
        Map<String, Map<String, StepRecord>> copy = new LinkedHashMap<>(steps);
        return new ProgressData(profile, setupDone, List.copyOf(accounts), java.util.Collections.unmodifiableMap(copy),
                List.copyOf(history),
                List.copyOf(customPlatforms), preferences, lastOpened, List.copyOf(letters),
                java.util.Collections.unmodifiableMap(new LinkedHashMap<>(measures)), List.copyOf(team));
    }

    /** The zone days are counted in (the clock's). */
    public java.time.ZoneId zone() {
        return clock.getZone();
    }

    public Catalog catalog() {
        return catalog;
    }

    // --- profile -----------------------------------------------------------------------------

    public Profile profile() {
        return profile;
    }

    public boolean setupDone() {
        return setupDone;
    }

    /** An account the wizard adds along with the profile. */
    public record NewAccount(String platformId, String label, String owner, String group) {
    }

    /**
     * Saves the wizard's answers and the accounts it adds, as one action (one undo); the wizard is
     * then not shown again at start.
     */
    public void completeSetup(Profile newProfile, List<NewAccount> newAccounts) {
        newAccounts.forEach(a -> {
            requirePlatform(a.platformId());
            requireText(a.label(), "label");
        });
        if (newProfile.sender() == null && profile.sender() != null) {
            newProfile = newProfile.withSender(profile.sender()); // the wizard does not ask it: keep it
        }
        long action = ++lastAction;
        Instant at = now();
        // A null "before" profile means the set-up had not been done: undoing it shows the wizard again.
        log(new Change(action, at, ChangeKind.PROFILE_CHANGED, null, null, null, null, null, null,
                setupDone ? profile : null, newProfile, null, 0));
        profile = newProfile;
        setupDone = true;
        newAccounts.forEach(a -> add(action, at, a.platformId(), a.label(), a.owner(), a.group()));
        changed();
    }

    public void completeSetup(Profile newProfile) {
        completeSetup(newProfile, List.of());
    }

    /**
     * Replaces the profile (the settings, {@code notrain profile}), as one undoable change; nothing
     * is recorded when it is the same. Before the set-up was done this is the set-up: the wizard is
     * then not shown at start.
     */
    public void changeProfile(Profile newProfile) {
        java.util.Objects.requireNonNull(newProfile, "profile");
        if (!setupDone) {
            completeSetup(newProfile);
            return;
        }
        if (newProfile.equals(profile)) {
            return;
        }
        log(new Change(++lastAction, now(), ChangeKind.PROFILE_CHANGED, null, null, null, null, null, null,
                profile, newProfile, null, 0));
        profile = newProfile;
        changed();
    }

    /** The window's language and theme, or null when the user never chose them. */
    public Preferences preferences() {
        return preferences;
    }

    /** Not a change of progress: kept, saved, but not in the history and not undone. */
    public void setPreferences(Preferences newPreferences) {
        if (!java.util.Objects.equals(preferences, newPreferences)) {
            preferences = newPreferences;
            saved();
        }
    }

    public LocalDate lastOpened() {
        return lastOpened;
    }

    /** Remembers the day the window opened; like the preferences, kept but not in the history. */
    public void markOpened(LocalDate day) {
        if (!day.equals(lastOpened)) {
            lastOpened = day;
            saved();
        }
    }

    // --- the team roll-up ----------------------------------------------------------------------

    /** Colleagues' reports, one per person, in the order they were first imported (docs/team.md). */
    public List<TeamSnapshot> team() {
        return List.copyOf(team);
    }

    public Optional<TeamSnapshot> teamMember(String person) {
        return team.stream().filter(s -> s.isOf(person)).findFirst();
    }

    /**
     * Keeps {@code snapshot}, in place of the same person's earlier one (at its place in the list).
     * Like the preferences, not part of the history: the report itself is the record, and
     * {@code TeamImport} decides whether a file may replace what is kept.
     */
    public void putTeamSnapshot(TeamSnapshot snapshot) {
        for (int i = 0; i < team.size(); i++) {
            if (team.get(i).isOf(snapshot.person())) {
                team.set(i, snapshot);
                changed();
                return;
            }
        }
        team.add(snapshot);
        changed();
    }

    /** Removes {@code person}'s snapshot, and only it; returns it, or empty when there was none. */
    public Optional<TeamSnapshot> removeTeamMember(String person) {
        Optional<TeamSnapshot> found = teamMember(person);
        found.ifPresent(s -> {
            team.remove(s);
            changed();
        });
        return found;
    }

    // --- platforms ---------------------------------------------------------------------------

    /** Catalog platforms, then the user's own. */
    public List<Platform> platforms() {
        List<Platform> all = new ArrayList<>(catalog.platforms());
        all.addAll(customPlatforms);
        return all;
    }

    public Optional<Platform> platform(String id) {
        return Optional.ofNullable(platformsById.get(id));
    }

    public List<Platform> customPlatforms() {
        return List.copyOf(customPlatforms);
    }

    /** Adds or replaces a platform of the user's own (validated by the caller). */
    public void putCustomPlatform(Platform platform) {
        if (catalog.platform(platform.id()).isPresent()) {
            throw new IllegalArgumentException("the catalog already has a platform with id " + platform.id());
        }
        customPlatforms.removeIf(p -> p.id().equals(platform.id()));
        customPlatforms.add(platform);
        indexPlatforms();
        changed();
    }

    // --- accounts ----------------------------------------------------------------------------

    public List<Account> accounts() {
        return List.copyOf(accounts);
    }

    public Optional<Account> account(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Account> accountsOn(String platformId) {
        return accounts.stream().filter(a -> a.platformId().equals(platformId)).toList();
    }

    public Account addAccount(String platformId, String label, String owner, String group) {
        requirePlatform(platformId);
        requireText(label, "label");
        Account account = add(++lastAction, now(), platformId, label, owner, group);
        changed();
        return account;
    }

    private Account add(long action, Instant at, String platformId, String label, String owner, String group) {
        Account account = new Account(newAccountId(platformId), platformId, label.strip(), blankToNull(owner),
                blankToNull(group));
        attach(account);
        log(new Change(action, at, ChangeKind.ACCOUNT_ADDED, account.id(), null, null, account, null,
                null, null, null, null, 0));
        return account;
    }

    public void renameAccount(String accountId, String label) {
        requireText(label, "label");
        Account before = requireAccount(accountId);
        Account after = before.withLabel(label.strip());
        replace(before, after);
        log(new Change(++lastAction, now(), ChangeKind.ACCOUNT_RENAMED, accountId, null, before, after,
                null, null, null, null, null, 0));
        changed();
    }

    /** Removes the account and its steps; undo brings both back. */
    public void removeAccount(String accountId) {
        Account account = requireAccount(accountId);
        long action = ++lastAction;
        Instant at = now();
        Map<String, StepRecord> records = steps.getOrDefault(accountId, Map.of());
        // The step records go into the history first, so that undoing the removal restores them.
        records.forEach((stepId, record) -> log(new Change(action, at, ChangeKind.STEP_CHANGED, accountId,
                stepId, null, null, record, null, null, null, null, 0)));
        log(new Change(action, at, ChangeKind.ACCOUNT_REMOVED, accountId, null, account, null, null, null,
                null, null, null, 0));
        detach(accountId);
        steps.remove(accountId);
        changed();
    }

    // --- letters -----------------------------------------------------------------------------

    /**
     * Keeps who signs the letters in the profile, as a profile change (in the history, undoable).
     * A blank name or address is refused: the letters need both.
     */
    public void setSender(Sender sender) {
        if (sender == null || !sender.complete()) {
            throw new IllegalArgumentException("a name and a postal address are both needed to sign a letter");
        }
        String country = sender.country() == null || sender.country().isBlank() ? null
                : sender.country().strip().toUpperCase(Locale.ROOT);
        Sender clean = new Sender(sender.name().strip(), sender.postalAddress().strip(), country);
        if (clean.equals(profile.sender())) {
            return;
        }
        Profile after = profile.withSender(clean);
        log(new Change(++lastAction, now(), ChangeKind.PROFILE_CHANGED, null, null, null, null, null, null,
                profile, after, null, 0));
        profile = after;
        changed();
    }

    /** Every letter recorded as sent, oldest first. */
    public List<Letter> letters() {
        return List.copyOf(letters);
    }

    /** The account's letters, oldest first. */
    public List<Letter> letters(String accountId) {
        if (letters.isEmpty()) {
            return List.of(); // the usual case, for every account of a big book
        }
        return letters.stream().filter(l -> l.accountId().equals(accountId)).toList();
    }

    /**
     * Keeps a sent letter, its full text included, as evidence, and notes it on the account's
     * refusal step so that it shows in the step's evidence, the history and the report: an
     * objection or a reminder makes the step wait (until the answer is due, or until the complaint
     * is proposed); a complaint keeps the step's status. {@code note} says it in the user's
     * language. Platforms with no refusal step keep the letter only.
     */
    public void recordLetter(Letter letter, String note) {
        Account account = requireAccount(letter.accountId());
        Objects.requireNonNull(letter.kind(), "kind");
        Objects.requireNonNull(letter.sentOn(), "sentOn");
        requireText(letter.text(), "letter text");
        letters.add(letter);
        Optional<Step> step = refusalStep(account);
        if (step.isEmpty()) {
            changed();
            return;
        }
        // The letter is the proof: its date (in the note) and its reference, if any.
        String evidence = letter.reference() == null ? note : note + " · " + letter.reference();
        switch (letter.kind()) {
            case OBJECTION -> setStep(account.id(), step.get().id(), StepStatus.WAITING, note, evidence,
                    letter.answerDue());
            case REMINDER -> setStep(account.id(), step.get().id(), StepStatus.WAITING, note, evidence,
                    AnswerClock.complaintFrom(letter.sentOn()));
            case COMPLAINT -> {
                StepRecord current = record(account.id(), step.get().id()).orElse(null);
                StepStatus status = current == null || current.status() == StepStatus.TODO ? StepStatus.STARTED
                        : current.status();
                setStep(account.id(), step.get().id(), status, note, evidence, current == null ? null : current.until());
            }
        }
    }

    /**
     * Records the controller's answer to the account's latest objection: an acceptance marks the
     * refusal step done, a refusal marks it refused (the next step is the complaint).
     */
    public void recordAnswer(String accountId, LocalDate answeredOn, LetterAnswer answer, String note) {
        Objects.requireNonNull(answer, "answer");
        int i = latestObjection(accountId);
        letters.set(i, letters.get(i).withAnswer(answeredOn, answer));
        Optional<Step> step = refusalStep(requireAccount(accountId));
        if (step.isPresent()) {
            setStep(accountId, step.get().id(), answer == LetterAnswer.ACCEPTED ? StepStatus.DONE : StepStatus.REFUSED,
                    note, letters.get(i).reference(), null);
        } else {
            changed();
        }
    }

    /** Records that the controller extended its time limit by two months: the answer's due date moves. */
    public void recordExtension(String accountId, LocalDate extendedOn) {
        int i = latestObjection(accountId);
        Letter extended = letters.get(i).withExtension(extendedOn);
        letters.set(i, extended);
        Optional<Step> step = refusalStep(requireAccount(accountId));
        Optional<StepRecord> current = step.flatMap(s -> record(accountId, s.id()));
        if (current.isPresent() && current.get().status() == StepStatus.WAITING) {
            setStep(accountId, step.get().id(), StepStatus.WAITING, current.get().note(), current.get().evidence(),
                    extended.answerDue());
        } else {
            changed();
        }
    }

    private int latestObjection(String accountId) {
        for (int i = letters.size() - 1; i >= 0; i--) {
            Letter l = letters.get(i);
            if (l.accountId().equals(accountId) && l.kind() == LetterKind.OBJECTION) {
                return i;
            }
        }
        throw new IllegalArgumentException("account " + accountId + " has no objection letter recorded as sent");
    }

    /** The account's required refusal that applies in the user's region: where a letter is noted. */
    public Optional<Step> refusalStep(Account account) {
        return platform(account.platformId()).flatMap(p -> p.steps().stream()
                .filter(s -> s.requiredRefusal() && s.appliesTo(profile.region())).findFirst());
    }

    // --- steps -------------------------------------------------------------------------------

    /**
     * Records a step's status for an account. A step shared in an Accounts Center is recorded for
     * every account of the same group too, except those where it is already done and the new
     * status is not (a newcomer's "sent" never undoes the group's finished objection); those
     * accounts are returned. A wait with no end date gets the catalog's typical wait.
     */
    public List<Account> setStep(String accountId, String stepId, StepStatus status, String note, String evidence,
                                 LocalDate until) {
        Account account = requireAccount(accountId);
        Platform platform = requirePlatform(account.platformId());
        Step step = requireStep(accountId, stepId);
        Objects.requireNonNull(status, "status");
        // Only a wait has an end date; a wait without one gets the catalog's typical wait.
        LocalDate end = status == StepStatus.WAITING ? until : null;
        if (end == null && status == StepStatus.WAITING && step.waitFor() != null) {
            end = today().plusDays(step.waitFor().days());
        }
        long action = ++lastAction;
        Instant at = now();
        StepRecord record = new StepRecord(status, at, end, blankToNull(note), blankToNull(evidence),
                StepFingerprint.of(step), filesOf(accountId, stepId));
        record(action, at, account, stepId, record, null);

        List<Account> linked = linkedAccounts(account, platform, step).stream()
                .filter(other -> status == StepStatus.DONE || record(other.id(), stepId)
                        .map(r -> r.status() != StepStatus.DONE).orElse(true))
                .toList();
        for (Account other : linked) {
            Step otherStep = requirePlatform(other.platformId()).step(stepId).orElseThrow();
            record(action, at, other, stepId, new StepRecord(status, at, end, blankToNull(note),
                    blankToNull(evidence), StepFingerprint.of(otherStep), filesOf(other.id(), stepId)), accountId);
        }
        changed();
        return linked;
    }

    /** Every file attached as evidence, to any step of any account (a file attached twice: twice). */
    public List<EvidenceFile> evidenceFiles() {
        List<EvidenceFile> files = new ArrayList<>();
        steps.values().forEach(records -> records.values().forEach(r -> files.addAll(r.evidenceFiles())));
        return files;
    }

    /** A step keeps its attached files whatever its status becomes. */
    private List<EvidenceFile> filesOf(String accountId, String stepId) {
        return record(accountId, stepId).map(StepRecord::evidenceFiles).orElse(List.of());
    }

    /**
     * Attaches a file (already copied into the evidence folder) to the account's step, as a step
     * change: in the history, and undoable. A step the user never touched gets a "to do" record.
     * Only this account's step: a linked account keeps its own evidence.
     */
    public void attachEvidence(String accountId, String stepId, EvidenceFile file) {
        Objects.requireNonNull(file, "file");
        Step step = requireStep(accountId, stepId);
        Instant at = now();
        StepRecord current = record(accountId, stepId).orElse(new StepRecord(StepStatus.TODO, at, null, null, null,
                StepFingerprint.of(step), List.of()));
        List<EvidenceFile> files = new ArrayList<>(current.evidenceFiles());
        files.add(file);
        record(++lastAction, at, requireAccount(accountId), stepId, current.withEvidenceFiles(files), null);
        changed();
    }

    /**
     * Takes a file off the step's record (in the history, undoable). The copy stays in the evidence
     * folder, so that undo finds it again.
     */
    public void removeEvidence(String accountId, String stepId, String storedName) {
        requireStep(accountId, stepId);
        StepRecord current = record(accountId, stepId).orElseThrow(() -> noFile(accountId, stepId, storedName));
        List<EvidenceFile> files = current.evidenceFiles().stream()
                .filter(f -> !f.storedName().equals(storedName)).toList();
        if (files.size() == current.evidenceFiles().size()) {
            throw noFile(accountId, stepId, storedName);
        }
        record(++lastAction, now(), requireAccount(accountId), stepId, current.withEvidenceFiles(files), null);
        changed();
    }

    private static IllegalArgumentException noFile(String accountId, String stepId, String storedName) {
        return new IllegalArgumentException("step " + stepId + " of account " + accountId + " has no file "
                + storedName);
    }

    private Step requireStep(String accountId, String stepId) {
        Platform platform = requirePlatform(requireAccount(accountId).platformId());
        return platform.step(stepId).orElseThrow(() -> new IllegalArgumentException(
                "platform " + platform.id() + " has no step " + stepId));
    }

    private void record(long action, Instant at, Account account, String stepId, StepRecord after, String from) {
        StepRecord before = record(account.id(), stepId).orElse(null);
        putRecord(account.id(), stepId, after);
        log(new Change(action, at, ChangeKind.STEP_CHANGED, account.id(), stepId, null, null, before, after,
                null, null, from, 0));
    }

    /** The other accounts of the same Accounts Center group that have the same shared step. */
    private List<Account> linkedAccounts(Account account, Platform platform, Step step) {
        if (!step.sharedInAccountsCenter() || account.group() == null || platform.accountsCenter() == null) {
            return List.of();
        }
        return byGroup.getOrDefault(normalise(account.group()), List.of()).stream()
                .filter(other -> !other.id().equals(account.id()))
                .filter(other -> platform(other.platformId())
                        .filter(p -> platform.accountsCenter().equals(p.accountsCenter()))
                        .flatMap(p -> p.step(step.id()))
                        .filter(Step::sharedInAccountsCenter)
                        .isPresent())
                .toList();
    }

    public Optional<StepRecord> record(String accountId, String stepId) {
        return Optional.ofNullable(steps.getOrDefault(accountId, Map.of()).get(stepId));
    }

    /** Every step of the account, in catalog order, as of {@code today}. */
    public List<StepProgress> progress(Account account, LocalDate today) {
        Platform platform = requirePlatform(account.platformId());
        return platform.steps().stream()
                .map(step -> StepSituation.of(account, platform, step, record(account.id(), step.id()).orElse(null),
                        profile, today, clock.getZone()))
                .toList();
    }

    // --- the organisation checklist ----------------------------------------------------------

    /** True when the profile is a business's: only a business has an organisation checklist. */
    public boolean tracksOrganisation() {
        return profile.use() == UseKind.BUSINESS && !catalog.organisation().isEmpty();
    }

    public Optional<MeasureRecord> measure(String measureId) {
        return Optional.ofNullable(measures.get(measureId));
    }

    /**
     * Records an organisation measure, as one action of the history (undoable like a step).
     * {@code status} is one of {@link OrganisationProgress#STATUSES}; {@code owner} is the person
     * responsible; {@code recheckDays} overrides the catalog's interval (null: the catalog's).
     */
    public void setMeasure(String measureId, StepStatus status, String note, String evidence, String owner,
                           Integer recheckDays) {
        catalog.organisation().measure(measureId).orElseThrow(() -> new IllegalArgumentException(
                "the organisation checklist has no measure " + measureId));
        Objects.requireNonNull(status, "status");
        if (!OrganisationProgress.STATUSES.contains(status)) {
            throw new IllegalArgumentException("a measure is to do, started, done or not applicable, not " + status);
        }
        if (recheckDays != null && recheckDays <= 0) {
            throw new IllegalArgumentException("the re-check interval must be above 0 days, not " + recheckDays);
        }
        MeasureRecord before = measures.get(measureId);
        MeasureRecord after = new MeasureRecord(status, now(), blankToNull(note), blankToNull(evidence),
                blankToNull(owner), recheckDays);
        putMeasure(measureId, after);
        log(Change.ofMeasure(++lastAction, after.changedAt(), measureId, before, after));
        changed();
    }

    /** Every measure of the catalog's checklist, in order, as of {@code today}. */
    public OrganisationProgress organisation(LocalDate today) {
        return new OrganisationProgress(catalog.organisation().measures().stream()
                .map(m -> MeasureProgress.of(m, measures.get(m.id()), today, clock.getZone()))
                .toList());
    }

    private void putMeasure(String measureId, MeasureRecord record) {
        if (record == null) {
            measures.remove(measureId);
        } else {
            measures.put(measureId, record);
        }
    }

    // --- history and undo --------------------------------------------------------------------

    public List<Change> history() {
        return List.copyOf(history);
    }

    /** The account's changes, newest first. */
    public List<Change> history(String accountId) {
        indexHistory();
        List<Change> mine = new ArrayList<>(historyByAccount.getOrDefault(accountId, List.of()));
        java.util.Collections.reverse(mine);
        return mine;
    }

    /** What Ctrl+Z would revert, to say it (and ask first when it removes accounts or the set-up). */
    public Optional<Reversal> nextUndo() {
        indexHistory();
        return top(undoStack).map(action -> Reversal.of(changesOf(action)));
    }

    /** What Ctrl+Shift+Z would put back. */
    public Optional<Reversal> nextRedo() {
        indexHistory();
        return top(redoStack).map(action -> Reversal.of(changesOf(action)));
    }

    /**
     * Reverts the last action not yet undone and returns its changes (empty when there is none).
     * Nothing leaves the history: the opposite changes are appended, marked as an undo.
     */
    public List<Change> undo() {
        indexHistory();
        return top(undoStack).map(this::revertAction).orElse(List.of());
    }

    /**
     * Puts back what the last undo reverted, as long as nothing new was done since; returns the
     * undo's changes (empty when there is nothing to redo). Recorded as the undo of that undo.
     */
    public List<Change> redo() {
        indexHistory();
        return top(redoStack).map(this::revertAction).orElse(List.of());
    }

    /** True for a change that put back what an undo had reverted. */
    public boolean isRedo(Change change) {
        indexHistory();
        return change.undoes() != 0 && undoActions.contains(change.undoes());
    }

    private List<Change> revertAction(long target) {
        long action = ++lastAction;
        Instant at = now();
        List<Change> reverted = changesOf(target);
        java.util.Collections.reverse(reverted);
        reverted.forEach(this::revert);
        reverted.forEach(c -> log(c.reverted(action, at)));
        changed();
        return reverted;
    }

    /** The action's changes in the order they were made; actions are appended in increasing order. */
    private List<Change> changesOf(long action) {
        int i = history.size() - 1;
        while (i >= 0 && history.get(i).action() > action) {
            i--;
        }
        List<Change> changes = new ArrayList<>();
        for (; i >= 0 && history.get(i).action() == action; i--) {
            changes.add(history.get(i));
        }
        java.util.Collections.reverse(changes);
        return changes;
    }

    private static Optional<Long> top(List<Long> stack) {
        return stack.isEmpty() ? Optional.empty() : Optional.of(stack.get(stack.size() - 1));
    }

    /** Puts back the state a change started from, whichever way it went (a change, an undo or a redo). */
    private void revert(Change change) {
        switch (change.kind()) {
            case ACCOUNT_ADDED, ACCOUNT_REMOVED -> {
                Account target = change.accountBefore();
                Account current = byId.get(change.accountId());
                if (target == null) {
                    detach(change.accountId());
                    steps.remove(change.accountId());
                } else if (current != null) {
                    replace(current, target);
                } else {
                    attach(target);
                }
            }
            case ACCOUNT_RENAMED -> {
                Account current = byId.get(change.accountId());
                if (current != null) {
                    replace(current, change.accountBefore());
                }
            }
            case STEP_CHANGED -> putRecord(change.accountId(), change.stepId(), change.before());
            case PROFILE_CHANGED -> {
                setupDone = change.profileBefore() != null;
                profile = setupDone ? change.profileBefore() : Profile.DEFAULT;
            }
            case MEASURE_CHANGED -> putMeasure(change.stepId(), change.measureBefore());
        }
    }

    // --- helpers -----------------------------------------------------------------------------

    /** The first "platform-n" never used, now or in the history: ids are never reused. */
    private String newAccountId(String platformId) {
        indexHistory();
        int n = nextIdNumber.getOrDefault(platformId, 1);
        while (usedIds.contains(platformId + "-" + n)) {
            n++;
        }
        nextIdNumber.put(platformId, n + 1);
        return platformId + "-" + n;
    }

    /** Replaces the account's records with a copy that has {@code record} (null: none) for the step. */
    private void putRecord(String accountId, String stepId, StepRecord record) {
        snapshot = null;
        Map<String, StepRecord> records = new LinkedHashMap<>(steps.getOrDefault(accountId, Map.of()));
        if (record == null) {
            records.remove(stepId);
        } else {
            records.put(stepId, record);
        }
        steps.put(accountId, java.util.Collections.unmodifiableMap(records));
    }

    private void attach(Account account) {
        snapshot = null;
        accounts.add(account);
        byId.put(account.id(), account);
        usedIds.add(account.id());
        if (account.group() != null) {
            byGroup.computeIfAbsent(normalise(account.group()), g -> new ArrayList<>()).add(account);
        }
    }

    private void detach(String accountId) {
        snapshot = null;
        Account account = byId.remove(accountId);
        if (account == null) {
            return;
        }
        accounts.remove(account);
        if (account.group() != null) {
            byGroup.getOrDefault(normalise(account.group()), new ArrayList<>()).remove(account);
        }
    }

    /** A rename: same id, same place in the book, same group. */
    private void replace(Account before, Account after) {
        snapshot = null;
        accounts.set(accounts.indexOf(before), after);
        byId.put(after.id(), after);
        if (before.group() != null) {
            List<Account> group = byGroup.get(normalise(before.group()));
            group.set(group.indexOf(before), after);
        }
    }

    private void log(Change change) {
        snapshot = null;
        history.add(change);
        if (historyIndexed) {
            index(change);
        }
    }

    /**
     * Builds the history's indexes (what undo and redo revert, each account's history) now rather than
     * when first needed, for an owner that has a thread to spare before it hands the book over.
     */
    public void prepareHistory() {
        indexHistory();
    }

    private void indexHistory() {
        if (!historyIndexed) {
            history.forEach(this::index);
            historyIndexed = true;
        }
    }

    private void index(Change change) {
        if (change.accountId() != null) {
            historyByAccount.computeIfAbsent(change.accountId(), id -> new ArrayList<>()).add(change);
            usedIds.add(change.accountId());
        }
        // The first change of an action decides where the action goes; the others follow it.
        if (change.action() == lastIndexedAction) {
            return;
        }
        lastIndexedAction = change.action();
        if (change.undoes() == 0) {
            undoStack.add(change.action());
            redoStack.clear();          // something new was done: what was undone stays undone
        } else if (undoActions.contains(change.undoes())) {
            redoStack.remove(change.undoes());
            undoStack.add(change.action());
        } else {
            undoActions.add(change.action());
            undoStack.remove(change.undoes());
            redoStack.add(change.action());
        }
    }

    private void indexPlatforms() {
        platformsById.clear();
        catalog.platforms().forEach(p -> platformsById.put(p.id(), p));
        customPlatforms.forEach(p -> platformsById.putIfAbsent(p.id(), p));
    }

    private Account requireAccount(String id) {
        return account(id).orElseThrow(() -> new IllegalArgumentException("no account with id " + id));
    }

    private Platform requirePlatform(String id) {
        return platform(id).orElseThrow(() -> new IllegalArgumentException("no platform with id " + id));
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the " + what + " must not be blank");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String normalise(String group) {
        return group.strip().toLowerCase(Locale.ROOT);
    }

    /** The instant the book's clock reads: when a change, or an export, happens. */
    public Instant now() {
        return clock.instant();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void changed() {
        progressChanges++;
        saved();
    }

    /** A change that is kept in the file but is not progress: nothing shown from the progress changes. */
    private void saved() {
        snapshot = null;
        listeners.forEach(Runnable::run);
    }
}
