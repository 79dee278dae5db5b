package app.notrain.ui.wizard;

import app.notrain.catalog.Platform;
import app.notrain.catalog.Region;
import app.notrain.i18n.Language;
import app.notrain.i18n.Messages;
import app.notrain.progress.Account;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.Profile;
import app.notrain.progress.UseKind;
import app.notrain.ui.AppState;
import app.notrain.ui.Section;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The first-run wizard (and re-run from the settings): language, region, age, personal or
 * business use, platforms, accounts. Nothing is saved before "Finish"; cancel changes nothing.
 */
public final class WizardViewModel {
    private final AppState state;
    private final ProgressBook book;
    private final ReadOnlyObjectWrapper<WizardPage> page = new ReadOnlyObjectWrapper<>(WizardPage.LANGUAGE);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Region> region = new SimpleObjectProperty<>();
    private final BooleanProperty adult = new SimpleBooleanProperty(true);
    private final ObjectProperty<UseKind> use = new SimpleObjectProperty<>(UseKind.PERSONAL);
    private final StringProperty owners = new SimpleStringProperty("");
    private final StringProperty organisation = new SimpleStringProperty("");
    private final StringProperty author = new SimpleStringProperty("");
    private final ObservableList<String> chosenPlatforms = FXCollections.observableArrayList();
    /** Reports a change of any draft's label too, so that a "give every account a label" message can clear. */
    private final ObservableList<AccountDraft> drafts = FXCollections.observableArrayList(
            d -> new Observable[] {d.labelProperty()});

    public WizardViewModel(AppState state) {
        this.state = state;
        this.book = state.book();
        Profile profile = book.profile();
        if (book.setupDone()) {
            region.set(profile.region());
            adult.set(profile.adult());
            use.set(profile.use());
        }
        organisation.set(profile.organisation() == null ? "" : profile.organisation());
        author.set(profile.author() == null ? "" : profile.author());
        // A problem shown stays only as long as it is true: fixing it clears the message at once.
        for (Observable answer : List.<Observable>of(region, use, owners, chosenPlatforms, drafts)) {
            answer.addListener(o -> clearProblemOnceFixed());
        }
    }

    private void clearProblemOnceFixed() {
        if (!problem.get().isEmpty() && problemOnPage() == null) {
            problem.set("");
        }
    }

    public ReadOnlyObjectProperty<WizardPage> pageProperty() {
        return page.getReadOnlyProperty();
    }

    /** What stops the user from going on, in words; empty when nothing. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public Messages messages() {
        return state.messages();
    }

    public Language language() {
        return state.languageProperty().get();
    }

    public void chooseLanguage(Language language) {
        state.languageProperty().set(language);
    }

    public ObjectProperty<Region> regionProperty() {
        return region;
    }

    public BooleanProperty adultProperty() {
        return adult;
    }

    public ObjectProperty<UseKind> useProperty() {
        return use;
    }

    /** Business use: the people and pages whose accounts are tracked, one per line. */
    public StringProperty ownersProperty() {
        return owners;
    }

    /** Business use: the organisation's name, on the report's cover (optional). */
    public StringProperty organisationProperty() {
        return organisation;
    }

    /** Business use: who writes the report, the DPO or the owner (optional). */
    public StringProperty authorProperty() {
        return author;
    }

    public List<String> ownerNames() {
        if (use.get() != UseKind.BUSINESS) {
            return List.of();
        }
        return Arrays.stream(owners.get().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    public List<Platform> platforms() {
        return book.platforms();
    }

    public ObservableList<String> chosenPlatforms() {
        return chosenPlatforms;
    }

    public ObservableList<AccountDraft> drafts() {
        return drafts;
    }

    public List<AccountDraft> drafts(String platformId) {
        return drafts.stream().filter(d -> d.platformId().equals(platformId)).toList();
    }

    public Platform platform(String id) {
        return book.platform(id).orElseThrow();
    }

    public void addDraft(String platformId) {
        List<String> names = ownerNames();
        drafts.add(new AccountDraft(platformId, names.isEmpty() ? "" : names.get(0)));
    }

    public void removeDraft(AccountDraft draft) {
        drafts.remove(draft);
    }

    public List<Account> existingAccounts() {
        return book.accounts();
    }

    public boolean isFirst() {
        return page.get().ordinal() == 0;
    }

    public boolean isLast() {
        return page.get() == WizardPage.SUMMARY;
    }

    public void next() {
        String wrong = problemOnPage();
        problem.set(wrong == null ? "" : wrong);
        if (wrong != null) {
            return;
        }
        if (page.get() == WizardPage.PLATFORMS) {
            syncDrafts();
        }
        if (!isLast()) {
            page.set(WizardPage.values()[page.get().ordinal() + 1]);
        }
    }

    public void back() {
        problem.set("");
        if (!isFirst()) {
            page.set(WizardPage.values()[page.get().ordinal() - 1]);
        }
    }

    /** Whether leaving would lose something typed or ticked here. */
    public boolean hasAnswers() {
        return !chosenPlatforms.isEmpty() || drafts.stream().anyMatch(d -> !d.labelProperty().get().isBlank());
    }

    /** Leaves without saving anything. */
    public void cancel() {
        state.wizardShowingProperty().set(false);
    }

    /** Saves the profile and adds the accounts (one undo); the wizard then opens the dashboard. */
    public void finish() {
        book.completeSetup(new Profile(region.get(), adult.get(), use.get()).withNames(organisation.get(), author.get()),
                drafts.stream()
                .map(d -> new ProgressBook.NewAccount(d.platformId(), d.labelProperty().get(), d.ownerProperty().get(),
                        d.groupProperty().get()))
                .toList());
        if (!chosenPlatforms.isEmpty()) {
            state.selectedPlatformIdProperty().set(chosenPlatforms.get(0));
        }
        state.sectionProperty().set(Section.DASHBOARD);
        state.wizardShowingProperty().set(false);
    }

    /** One empty draft for each newly chosen platform; drafts of platforms no longer chosen go. */
    private void syncDrafts() {
        drafts.removeIf(d -> !chosenPlatforms.contains(d.platformId()));
        for (String id : chosenPlatforms) {
            if (drafts(id).isEmpty()) {
                addDraft(id);
            }
        }
    }

    private String problemOnPage() {
        Messages m = state.messages();
        return switch (page.get()) {
            case REGION -> region.get() == null ? m.get("wizard.problem.region") : null;
            case USE -> use.get() == UseKind.BUSINESS && ownerNames().isEmpty() ? m.get("wizard.problem.owners") : null;
            case PLATFORMS -> chosenPlatforms.isEmpty() && book.accounts().isEmpty()
                    ? m.get("wizard.problem.platforms") : null;
            case ACCOUNTS -> accountsProblem(m);
            default -> null;
        };
    }

    private String accountsProblem(Messages m) {
        Set<String> missing = new LinkedHashSet<>();
        for (String id : chosenPlatforms) {
            List<AccountDraft> mine = drafts(id);
            if (mine.isEmpty() || mine.stream().anyMatch(d -> d.labelProperty().get().isBlank())) {
                missing.add(platform(id).name());
            }
        }
        return missing.isEmpty() ? null : m.get("wizard.problem.labels", String.join(", ", missing));
    }

    /** The summary page's first line: region, age and use. */
    public String summaryProfile() {
        Messages m = state.messages();
        return m.get("wizard.summary.profile", m.label(region.get()),
                m.get(adult.get() ? "wizard.adult" : "wizard.minor"), m.label(use.get()));
    }

    /** One platform on the summary page, with the accounts the wizard adds and those already tracked. */
    public record SummaryPlatform(String platformId, String name, List<String> accounts) {
    }

    /**
     * The accounts grouped by platform, in the platforms' order: each line names the account, its
     * owner and its Accounts Centre, so that a wrong link is seen before it shares an objection.
     */
    public List<SummaryPlatform> summaryPlatforms() {
        Messages m = state.messages();
        List<SummaryPlatform> groups = new ArrayList<>();
        for (Platform platform : book.platforms()) {
            List<String> lines = new ArrayList<>();
            for (AccountDraft d : drafts(platform.id())) {
                lines.add(accountLine(m, d.labelProperty().get(), d.ownerProperty().get(), d.groupProperty().get(),
                        false));
            }
            for (Account a : book.accounts()) {
                if (a.platformId().equals(platform.id())) {
                    lines.add(accountLine(m, a.label(), a.owner(), a.group(), true));
                }
            }
            if (!lines.isEmpty()) {
                groups.add(new SummaryPlatform(platform.id(), platform.name(), lines));
            }
        }
        return groups;
    }

    private static String accountLine(Messages m, String label, String owner, String group, boolean existing) {
        List<String> parts = new ArrayList<>();
        parts.add(label.strip());
        if (owner != null && !owner.isBlank()) {
            parts.add(m.get("wizard.summary.owner", owner.strip()));
        }
        if (group != null && !group.isBlank()) {
            parts.add(m.get("accounts.group", group.strip()));
        }
        if (existing) {
            parts.add(m.get("wizard.summary.existing"));
        }
        return String.join(" · ", parts);
    }
}
