package app.notrain.ui.dashboard;

import app.notrain.catalog.CatalogTexts;
import app.notrain.i18n.Messages;
import app.notrain.progress.Account;
import app.notrain.progress.AccountOverview;
import app.notrain.progress.OpenAction;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.Urgency;
import app.notrain.progress.UrgencyRanker;
import app.notrain.ui.AppState;
import app.notrain.ui.Section;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The home screen: a summary of the progress and the open actions, most urgent first (the same
 * {@link UrgencyRanker} as {@code notrain status}), with filters and a jump to each action.
 */
public final class DashboardViewModel {

    /** One line of the list: why it is urgent, whose account, which step. */
    public record ActionRow(Urgency urgency, String why, String accountId, String account, String owner,
                            String platformId, String platform, String stepId, String step) {
    }

    /** Done and total steps of a group (an owner, a platform). */
    public record Tally(String name, int done, int total) {
        public double fraction() {
            return total == 0 ? 1 : (double) done / total;
        }
    }

    public record Summary(int accounts, int done, int open, int refused, int exposedAccounts) {
    }

    private final AppState state;
    private final ZoneId zone;
    private final ObservableList<ActionRow> shown = FXCollections.observableArrayList();
    private final ObjectProperty<String> owner = new SimpleObjectProperty<>();
    private final ObjectProperty<String> platform = new SimpleObjectProperty<>();
    private final ObjectProperty<Urgency> urgency = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private List<ActionRow> all = List.of();
    private Summary summary = new Summary(0, 0, 0, 0, 0);
    private List<Tally> byOwner = List.of();
    private List<Tally> byPlatform = List.of();

    public DashboardViewModel(AppState state, ZoneId zone) {
        this.state = state;
        this.zone = zone;
        owner.addListener((obs, old, value) -> applyFilters());
        platform.addListener((obs, old, value) -> applyFilters());
        urgency.addListener((obs, old, value) -> applyFilters());
        search.addListener((obs, old, value) -> applyFilters());
        refresh();
    }

    /** Recomputes everything from the progress, as of today; called on every change. */
    public void refresh() {
        ProgressBook book = state.book();
        if (book == null) {
            all = List.of();
            applyFilters();
            return;
        }
        Messages m = state.messages();
        CatalogTexts texts = new CatalogTexts(m);
        LocalDate today = state.today();
        List<OpenAction> ranked = UrgencyRanker.rank(book, today, zone);
        all = ranked.stream().map(a -> row(a, m, texts)).toList();
        List<AccountOverview> overviews = AccountOverview.of(book, today);
        int done = overviews.stream().mapToInt(AccountOverview::done).sum();
        int refused = (int) ranked.stream().filter(a -> a.urgency() == Urgency.REFUSED).count();
        int exposed = (int) ranked.stream().filter(a -> a.urgency() == Urgency.EXPOSED)
                .map(a -> a.step().account().id()).distinct().count();
        summary = new Summary(overviews.size(), done, ranked.size(), refused, exposed);
        byOwner = tally(overviews, o -> o.account().owner() == null ? m.get("dashboard.noOwner") : o.account().owner());
        byPlatform = tally(overviews, AccountOverview::platformName);
        applyFilters();
    }

    private ActionRow row(OpenAction action, Messages m, CatalogTexts texts) {
        Account account = action.step().account();
        String why = action.why(texts);
        return new ActionRow(action.urgency(), why, account.id(), account.label(), account.owner(),
                account.platformId(), action.step().platform().name(), action.step().step().id(),
                texts.text(action.step().step().title()));
    }

    private static List<Tally> tally(List<AccountOverview> overviews,
                                     java.util.function.Function<AccountOverview, String> key) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (AccountOverview o : overviews) {
            int[] c = counts.computeIfAbsent(key.apply(o), k -> new int[2]);
            c[0] += o.done();
            c[1] += o.total();
        }
        List<Tally> tallies = new ArrayList<>();
        counts.forEach((name, c) -> tallies.add(new Tally(name, c[0], c[1])));
        return tallies;
    }

    private void applyFilters() {
        String needle = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        shown.setAll(all.stream()
                .filter(r -> owner.get() == null || owner.get().equals(r.owner()))
                .filter(r -> platform.get() == null || platform.get().equals(r.platformId()))
                .filter(r -> urgency.get() == null || urgency.get() == r.urgency())
                .filter(r -> needle.isEmpty() || (r.account() + " " + r.platform() + " " + r.step() + " "
                        + Objects.toString(r.owner(), "")).toLowerCase(Locale.ROOT).contains(needle))
                .toList());
    }

    public ObservableList<ActionRow> actions() {
        return shown;
    }

    public Summary summary() {
        return summary;
    }

    public List<Tally> byOwner() {
        return byOwner;
    }

    public List<Tally> byPlatform() {
        return byPlatform;
    }

    /** How many open actions of each kind, for the chart. */
    public Map<Urgency, Long> countsByUrgency() {
        Map<Urgency, Long> counts = new LinkedHashMap<>();
        for (Urgency u : Urgency.values()) {
            long n = all.stream().filter(r -> r.urgency() == u).count();
            if (n > 0) {
                counts.put(u, n);
            }
        }
        return counts;
    }

    public List<String> owners() {
        return new ArrayList<>(new TreeSet<>(all.stream().map(ActionRow::owner).filter(Objects::nonNull).toList()));
    }

    /** Platform ids with open actions, in catalog order. */
    public List<String> platforms() {
        return all.stream().map(ActionRow::platformId).distinct().toList();
    }

    public String platformName(String id) {
        return state.book() == null ? id : state.book().platform(id).map(p -> p.name()).orElse(id);
    }

    public ObjectProperty<String> ownerProperty() {
        return owner;
    }

    public ObjectProperty<String> platformProperty() {
        return platform;
    }

    public ObjectProperty<Urgency> urgencyProperty() {
        return urgency;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public boolean hasAccounts() {
        return summary.accounts() > 0;
    }

    /** Opens the action's platform page, on its account. */
    public void open(ActionRow row) {
        state.selectedPlatformIdProperty().set(row.platformId());
        state.focusedAccountProperty().set(row.accountId());
        state.sectionProperty().set(Section.PLATFORMS);
    }

    public void startSetup() {
        if (state.book() != null) {
            state.wizardShowingProperty().set(true);
        }
    }
}
