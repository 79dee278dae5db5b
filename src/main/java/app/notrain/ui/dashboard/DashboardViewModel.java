package app.notrain.ui.dashboard;

import app.notrain.catalog.CatalogTexts;
import app.notrain.catalog.Platform;
import app.notrain.catalog.PlatformGroup;
import app.notrain.i18n.Messages;
import app.notrain.progress.Account;
import app.notrain.progress.AccountProtection;
import app.notrain.progress.Assessment;
import app.notrain.progress.OpenAction;
import app.notrain.progress.OrganisationTexts;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.QuickAnswer;
import app.notrain.progress.Protection;
import app.notrain.progress.ProtectionTexts;
import app.notrain.progress.StepProgress;
import app.notrain.progress.StepRecord;
import app.notrain.progress.StepStatus;
import app.notrain.progress.TeamMember;
import app.notrain.report.TeamImport;
import app.notrain.progress.Urgency;
import app.notrain.progress.UrgencyRanker;
import app.notrain.catalog.Catalog;
import app.notrain.progress.ProgressData;
import app.notrain.ui.AppState;
import app.notrain.ui.BackgroundWork;
import app.notrain.ui.Section;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The home screen. It answers "am I protected?" (a headline, then per owner and per platform) and
 * "what one thing do I do next?" (one ranked action per account or Accounts Centre group, the same
 * {@link Assessment} as {@code notrain status}), with filters and one-click commands.
 */
public final class DashboardViewModel {

    /**
     * One row of the action list: the next step of one account, or of every account of an Accounts
     * Centre group. {@code quickStatus} is what the one-click button records, null when the step
     * needs more than a click (a refusal to contest).
     */
    public record ActionRow(String key, Urgency urgency, String why, Protection protection, String accountId,
                            List<String> accountIds, String account, String whose, String owner, String platformId,
                            String platform, String stepId, String step, String effort, StepStatus quickStatus,
                            String quickLabel, OpenAction action, boolean becameDue, Set<String> owners,
                            Set<String> platformIds, String text, String quickHelp) {
        public boolean isGroup() {
            return accountIds.size() > 1;
        }
    }

    /** How the accounts of an owner or a platform stand: the segments of a stacked bar. */
    /**
     * How the accounts of an owner or a platform stand: the segments of a stacked bar, and "x of y
     * protected" counted like the headline (of the accounts concerned).
     */
    public record Share(String name, Map<Protection, Integer> counts, int accounts, int protectedCount, int concerned,
                        String text, String words) {
        public boolean complete() {
            return protectedCount == concerned;
        }

        /** The share still to protect, for the "most to do first" order. */
        double open() {
            return concerned == 0 ? 0 : 1 - (double) protectedCount / concerned;
        }
    }

    /** A count of one status, in words, for the line under the headline. */
    public record Chip(Protection protection, int count, String text) {
    }

    /** The answer to "am I protected?". */
    /** {@code organisation}: a business's checklist in words ("5 of 9 measures in place"), null for a person. */
    public record Summary(int accounts, int protectedCount, String headline, List<Chip> chips, String organisation) {
    }

    private static final Summary NONE = new Summary(0, 0, "", List.of(), null);

    private final AppState state;
    private final ZoneId zone;
    private final ObservableList<ActionRow> shown = FXCollections.observableArrayList();
    private final ObjectProperty<String> owner = new SimpleObjectProperty<>();
    private final ObjectProperty<String> platform = new SimpleObjectProperty<>();
    private final ObjectProperty<Protection> protection = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty dueOnly = new SimpleBooleanProperty();
    private final Set<String> expanded = new HashSet<>();
    /** Summaries the user folded or unfolded: they stay so while the window is open. */
    private final Map<String, Boolean> unfolded = new HashMap<>();
    private List<ActionRow> all = List.of();
    private Summary summary = NONE;
    private List<Share> byOwner = List.of();
    private List<Share> byPlatform = List.of();
    private List<String> owners = List.of();
    private List<String> platforms = List.of();
    private List<TeamRows.Row> team = List.of();
    private String company;
    private List<String> staleReports = List.of();
    private List<Protection> statuses = List.of();
    private boolean anyDue;
    private LocalDate dueSince;
    private final BackgroundWork work;
    private long refreshes;
    private boolean ready;
    private Runnable onUpdate = () -> { };
    private java.util.function.Consumer<List<ActionRow>> dueListener;

    public DashboardViewModel(AppState state, ZoneId zone, BackgroundWork work) {
        this.state = state;
        this.zone = zone;
        this.work = work;
        owner.addListener((obs, old, value) -> applyFilters());
        platform.addListener((obs, old, value) -> applyFilters());
        protection.addListener((obs, old, value) -> applyFilters());
        search.addListener((obs, old, value) -> applyFilters());
        dueOnly.addListener((obs, old, value) -> applyFilters());
        refresh();
    }

    /** Everything the dashboard shows, computed together off the JavaFX thread. */
    private record Computed(List<ActionRow> all, Summary summary, List<Share> byOwner, List<Share> byPlatform,
                            List<String> owners, List<String> platforms, List<TeamRows.Row> team, String company,
                            List<String> staleReports, List<Protection> statuses, boolean anyDue) {
    }

    private static final Computed EMPTY = new Computed(List.of(), NONE, List.of(), List.of(), List.of(), List.of(),
            List.of(), null, List.of(), List.of(), false);

    /**
     * Recomputes everything from the progress, as of today; called once per change. The work runs
     * off the JavaFX thread on a snapshot (a business's store takes tens of milliseconds to assess);
     * only the newest result is shown, then {@code onUpdate} runs.
     */
    public void refresh() {
        ProgressBook book = state.book();
        long ticket = ++refreshes;
        if (book == null) {
            apply(EMPTY, false);                // nothing loaded yet: the view says it is loading
            return;
        }
        ProgressData snapshot = book.snapshot();
        Catalog catalog = book.catalog();
        Clock clock = state.clock();
        Messages m = state.messages();
        LocalDate today = state.today();
        LocalDate since = dueSince;
        work.run(() -> compute(new ProgressBook(catalog, snapshot, clock), m, today, since), computed -> {
            if (ticket == refreshes) {
                apply(computed, true);
            }
        }, failure -> state.statusProperty().set(failure.getMessage()));
    }

    private Computed compute(ProgressBook book, Messages m, LocalDate today, LocalDate since) {
        CatalogTexts texts = new CatalogTexts(m);
        Assessment assessment = Assessment.of(book, today, zone);
        // By identity: the actions are the same objects, and deep record hashing would walk the catalog.
        Set<OpenAction> due = Collections.newSetFromMap(new IdentityHashMap<>());
        if (since != null) {
            due.addAll(UrgencyRanker.becameDue(assessment.actions(), since, today));
        }
        List<ActionRow> rows = assessment.actions().stream().map(a -> row(book, a, due.contains(a), m, texts)).toList();
        String noOwner = m.get("dashboard.noOwner");
        Set<String> used = new HashSet<>();
        assessment.accounts().forEach(a -> used.add(a.account().platformId()));
        String organisation = book.tracksOrganisation()
                ? new OrganisationTexts(m).summary(book.organisation(today)) : null;
        List<TeamMember> members = TeamMember.of(book.team(), today, zone);
        return new Computed(rows, summary(assessment, organisation, m),
                shares(assessment.accounts(), a -> a.account().owner() == null ? noOwner : a.account().owner(), m),
                shares(assessment.accounts(), a -> a.platform() == null ? a.account().platformId()
                        : a.platform().name(), m),
                assessment.accounts().stream().map(a -> a.account().owner()).filter(Objects::nonNull).distinct()
                        .sorted(String.CASE_INSENSITIVE_ORDER).toList(),
                platformChoices(book, used), TeamRows.of(members, m),
                TeamRows.companyHeadline(assessment.accounts(), members, m), TeamRows.staleWarnings(members, m),
                assessment.accounts().isEmpty() ? List.of()
                        : rows.stream().map(ActionRow::protection).distinct().sorted().toList(),
                !due.isEmpty());
    }

    /** A filter value that stands for every platform of a group ("Social networks (all)"). */
    private static final String GROUP_PREFIX = "group:";

    /**
     * The platform filter's values: each group that has accounts (when there are two groups), then
     * each platform that has accounts, group by group.
     */
    private static List<String> platformChoices(ProgressBook book, Set<String> used) {
        List<Platform> platforms = book.platforms().stream().filter(p -> used.contains(p.id()))
                .sorted(Comparator.comparing(Platform::groupOrDefault)).toList();
        List<String> choices = new ArrayList<>();
        List<PlatformGroup> groups = platforms.stream().map(Platform::groupOrDefault).distinct().toList();
        if (groups.size() > 1) {
            groups.forEach(g -> choices.add(GROUP_PREFIX + g.name()));
        }
        platforms.forEach(p -> choices.add(p.id()));
        return choices;
    }

    private void apply(Computed computed, boolean loaded) {
        all = computed.all();
        summary = computed.summary();
        byOwner = computed.byOwner();
        byPlatform = computed.byPlatform();
        owners = computed.owners();
        platforms = computed.platforms();
        team = computed.team();
        company = computed.company();
        staleReports = computed.staleReports();
        statuses = computed.statuses();
        anyDue = computed.anyDue();
        ready = loaded;
        if (dueOnly.get() && !hasDue()) {
            dueOnly.set(false);                 // its check box is gone: the list must not stay filtered by it
        }
        applyFilters();
        if (loaded && dueListener != null) {
            java.util.function.Consumer<List<ActionRow>> listener = dueListener;
            dueListener = null;
            listener.accept(all.stream().filter(ActionRow::becameDue).toList());
        }
        onUpdate.run();
    }

    /** What the view does once new figures are in: one view at a time, so nothing piles up. */
    public void setOnUpdate(Runnable onUpdate) {
        this.onUpdate = onUpdate == null ? () -> { } : onUpdate;
    }

    /** False until the first figures are in: the view says it is loading rather than "no account". */
    public boolean isReady() {
        return ready;
    }

    private static Summary summary(Assessment assessment, String organisation, Messages m) {
        ProtectionTexts words = new ProtectionTexts(m);
        List<Chip> chips = words.parts(assessment.accounts()).stream()
                .map(p -> new Chip(p.protection(), p.count(), p.text())).toList();
        return new Summary(assessment.accounts().size(), assessment.protectedCount(),
                words.protectedOf(assessment.accounts()), chips, organisation);
    }

    /** Opens the organisation checklist (the summary's button). */
    public void openOrganisation() {
        state.sectionProperty().set(Section.ORGANISATION);
    }

    private static List<Share> shares(List<AccountProtection> accounts, Function<AccountProtection, String> key,
                                      Messages m) {
        Map<String, List<AccountProtection>> groups = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (AccountProtection a : accounts) {
            groups.computeIfAbsent(key.apply(a), k -> new ArrayList<>()).add(a);
        }
        ProtectionTexts texts = new ProtectionTexts(m);
        List<Share> shares = new ArrayList<>(groups.size());
        groups.forEach((name, members) -> shares.add(new Share(name, Assessment.counts(members), members.size(),
                Assessment.protectedCount(members), Assessment.concerned(members),
                m.get("dashboard.share", Assessment.protectedCount(members), Assessment.concerned(members)),
                m.get("dashboard.shareWords", name, texts.headline(members)))));
        // Most to do first, then by name (the sort is stable).
        shares.sort(Comparator.comparingDouble(Share::open).reversed());
        return shares;
    }

    private static ActionRow row(ProgressBook book, OpenAction action, boolean due, Messages m, CatalogTexts texts) {
        Account lead = action.account();
        StepProgress step = action.step();
        Platform p = step.platform();
        String whose;
        if (action.isGroup()) {
            whose = m.get("dashboard.group", action.accounts().size(), lead.group(),
                    action.accounts().stream().map(a -> accountName(book, a)).collect(Collectors.joining(", ")));
        } else {
            whose = lead.owner() == null ? accountName(book, lead)
                    : m.get("dashboard.owned", accountName(book, lead), lead.owner());
        }
        String effort = m.get("dashboard.effort", p.minutes(), m.label(p.difficulty()));
        // A refusal by the platform needs the user to decide how to answer: no one-click command.
        QuickAnswer answer = action.urgency() == Urgency.REFUSED ? null : QuickAnswer.of(step).orElse(null);
        StepStatus quick = answer == null ? null : answer.status();
        String quickLabel = answer == null ? null : m.get(answer.labelKey());
        String key = action.accounts().stream().map(Account::id).collect(Collectors.joining(","))
                + "/" + step.step().id();
        String why = action.why(texts);
        String title = texts.text(step.step().title());
        // A group row belongs to every owner and platform it covers: filtering on Instagram keeps it.
        Set<String> owners = action.accounts().stream().map(Account::owner).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<String> platformIds = action.accounts().stream().map(Account::platformId).collect(Collectors.toSet());
        return new ActionRow(key, action.urgency(), why, action.protection().protection(), lead.id(),
                action.accounts().stream().map(Account::id).toList(), lead.label(), whose, lead.owner(),
                lead.platformId(), p.name(), step.step().id(), title, effort, quick, quickLabel, action, due, owners,
                platformIds, m.get("dashboard.rowText", why, title, whose),
                quickLabel == null ? null : m.get("dashboard.quickHelp", quickLabel, title, whose));
    }

    private static String accountName(ProgressBook book, Account account) {
        return book.platform(account.platformId()).map(Platform::name).orElse(account.platformId())
                + " · " + account.label();
    }

    private void applyFilters() {
        String needle = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        shown.setAll(all.stream()
                .filter(r -> owner.get() == null || r.owners().contains(owner.get()))
                .filter(r -> platform.get() == null || inPlatformFilter(r, platform.get()))
                .filter(r -> protection.get() == null || protection.get() == r.protection())
                .filter(r -> !dueOnly.get() || r.becameDue())
                .filter(r -> needle.isEmpty() || (r.whose() + " " + r.step() + " " + r.why())
                        .toLowerCase(Locale.ROOT).contains(needle))
                .toList());
    }

    /** Records the row's one-click status, keeping the note and evidence already there. */
    public void quick(ActionRow row) {
        ProgressBook book = state.book();
        if (book == null || row.quickStatus() == null) {
            return;
        }
        StepRecord before = book.record(row.accountId(), row.stepId()).orElse(null);
        book.setStep(row.accountId(), row.stepId(), row.quickStatus(), before == null ? null : before.note(),
                before == null ? null : before.evidence(), null);
        Messages m = state.messages();
        state.statusProperty().set(m.get("dashboard.marked", row.step(), row.whose(), m.label(row.quickStatus())));
    }

    /** Opens the row's platform page on its account, with its step highlighted. */
    public void open(ActionRow row) {
        state.selectedPlatformIdProperty().set(row.platformId());
        state.focusedStepProperty().set(row.stepId());
        state.focusedAccountProperty().set(row.accountId());
        state.sectionProperty().set(Section.PLATFORMS);
    }

    /** Whether a summary (by owner, by platform) is unfolded: as the user left it, else {@code byDefault}. */
    public boolean isUnfolded(String summary, boolean byDefault) {
        return unfolded.getOrDefault(summary, byDefault);
    }

    public void setUnfolded(String summary, boolean value) {
        unfolded.put(summary, value);
    }

    /** The account's other steps with where they stand: built when a row is expanded, not for every row. */
    public List<String> otherSteps(ActionRow row) {
        Messages m = state.messages();
        CatalogTexts texts = new CatalogTexts(m);
        StepProgress next = row.action().step();
        List<app.notrain.catalog.Step> order = next.platform().steps();
        return row.action().protection().overview().steps().stream()
                .filter(s -> s != next && !s.step().id().equals(next.step().id()))
                .map(s -> m.get("dashboard.otherStep", order.indexOf(s.step()) + 1, texts.text(s.step().title()),
                        m.label(s.situation())))
                .toList();
    }

    public boolean isExpanded(ActionRow row) {
        return expanded.contains(row.key());
    }

    public void toggleExpanded(ActionRow row) {
        if (!expanded.remove(row.key())) {
            expanded.add(row.key());
        }
    }

    /**
     * From now on, marks what became due after {@code since} (the last visit; null: nothing to mark);
     * {@code then} gets those actions once the figures are next computed, for the start-up notice.
     * Asked before the book is handed over, the first figures are the ones marked: no second pass.
     */
    public void markDueSince(LocalDate since, java.util.function.Consumer<List<ActionRow>> then) {
        dueSince = since;
        dueListener = then;
        if (state.book() != null) {
            refresh();
        }
    }

    /** Shows only what became due since the last visit: where the start-up notice leads. */
    public void showDue() {
        owner.set(null);
        platform.set(null);
        protection.set(null);
        search.set("");
        dueOnly.set(true);
    }

    public boolean hasDue() {
        return anyDue;
    }

    public LocalDate dueSince() {
        return dueSince;
    }

    public ObservableList<ActionRow> actions() {
        return shown;
    }

    public Summary summary() {
        return summary;
    }

    public List<Share> byOwner() {
        return byOwner;
    }

    public List<Share> byPlatform() {
        return byPlatform;
    }

    /** Every owner with an account, by name. */
    public List<String> owners() {
        return owners;
    }

    /** Platform ids with accounts, in catalog order. */
    public List<String> platforms() {
        return platforms;
    }

    /** The words of the row's letter button when its action is a letter to send (reminder, complaint), else null. */
    public String letterLabel(ActionRow row) {
        return row.action().letter() == null ? null
                : app.notrain.ui.letter.LetterDialog.buttonLabel(row.action().letter(), state.messages());
    }

    public String platformName(String id) {
        if (id != null && id.startsWith(GROUP_PREFIX)) {
            return state.messages().get("dashboard.platformGroup",
                    state.messages().label(PlatformGroup.valueOf(id.substring(GROUP_PREFIX.length()))));
        }
        return state.book() == null ? id : state.book().platform(id).map(Platform::name).orElse(id);
    }

    private boolean inPlatformFilter(ActionRow row, String choice) {
        if (!choice.startsWith(GROUP_PREFIX)) {
            return row.platformIds().contains(choice);
        }
        ProgressBook book = state.book();
        return book != null && row.platformIds().stream().anyMatch(id -> book.platform(id)
                .map(p -> choice.equals(GROUP_PREFIX + p.groupOrDefault().name())).orElse(false));
    }

    /** Every status that some account has, in the enum's order, for the status filter. */
    public List<Protection> statuses() {
        return statuses;
    }

    public ObjectProperty<String> ownerProperty() {
        return owner;
    }

    public ObjectProperty<String> platformProperty() {
        return platform;
    }

    public ObjectProperty<Protection> protectionProperty() {
        return protection;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public BooleanProperty dueOnlyProperty() {
        return dueOnly;
    }

    public boolean hasAccounts() {
        return summary.accounts() > 0;
    }

    public boolean hasOpenActions() {
        return !all.isEmpty();
    }

    // --- the team roll-up (docs/team.md) ----------------------------------------------------------

    /** Colleagues' reports, a heading per person then their accounts, read-only: nothing to tick. */
    List<TeamRows.Row> teamRows() {
        return team;
    }

    public boolean hasTeam() {
        return !team.isEmpty();
    }

    /** "Company total: …" when colleagues' reports are kept, else null. */
    public String companyHeadline() {
        return company;
    }

    /** "Bob’s report is 95 days old: ask for a new one", one per old report. */
    public List<String> staleReports() {
        return staleReports;
    }

    /** Whether to offer "Add a colleague’s report…": for a business, or once a report is kept. */
    public boolean offersTeam() {
        ProgressBook book = state.book();
        return hasTeam() || book != null && book.profile().use() == app.notrain.progress.UseKind.BUSINESS;
    }

    /** What reading the files gave: the files checked, or why one was refused. */
    private record ImportResult(List<TeamImport.Checked> checked, TeamImport.Refused refused) {
    }

    /**
     * Imports colleagues' JSON reports: all of them, each person's newest replacing theirs, or none
     * when one is refused; {@code refused} then gets why, in words. Files are read off the JavaFX thread.
     */
    public void importReports(List<Path> files, Consumer<String> refused) {
        ProgressBook book = state.book();
        if (book == null || files.isEmpty()) {
            return;
        }
        ProgressBook copy = new ProgressBook(book.catalog(), book.snapshot(), state.clock());
        Instant now = state.clock().instant();
        Messages m = state.messages();
        work.run(() -> {
            try {
                return new ImportResult(TeamImport.check(copy, files, now), null);
            } catch (TeamImport.Refused e) {
                return new ImportResult(List.of(), e);
            }
        }, result -> {
            if (result.refused() != null) {
                refused.accept(result.refused().inWords(m));
                return;
            }
            CatalogTexts texts = new CatalogTexts(m);
            TeamImport.keep(book, result.checked());
            state.statusProperty().set(result.checked().stream()
                    .map(c -> m.get("team.outcome." + c.outcome().name(), c.snapshot().person(),
                            texts.date(c.snapshot().reportedOn(zone)), c.snapshot().accounts().size()))
                    .collect(Collectors.joining(" ")));
        }, failure -> refused.accept(failure.getMessage()));
    }

    /** Removes {@code person}'s report, and only it (the view asks first). */
    public void removeTeamMember(String person) {
        ProgressBook book = state.book();
        if (book != null) {
            book.removeTeamMember(person).ifPresent(s -> state.statusProperty().set(
                    state.messages().get("dashboard.teamRemoved", s.person())));
        }
    }

    public void startSetup() {
        if (state.book() != null) {
            state.wizardShowingProperty().set(true);
        }
    }
}
