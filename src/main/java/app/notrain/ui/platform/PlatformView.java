package app.notrain.ui.platform;

import static app.notrain.ui.Labels.badge;
import static app.notrain.ui.Labels.text;

import app.notrain.i18n.Messages;
import app.notrain.ui.platform.PlatformViewModel.DateRow;
import app.notrain.ui.platform.PlatformViewModel.FactInfo;
import app.notrain.ui.platform.PlatformViewModel.PathRow;
import app.notrain.ui.platform.PlatformViewModel.SourceRow;
import app.notrain.ui.platform.PlatformViewModel.StepRow;
import java.util.List;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One platform's guide, built from its view model; every action goes back to the view model. */
public final class PlatformView {
    private final PlatformViewModel model;
    private final Messages m;
    private final ScrollPane root;

    /** {@code accounts}: the user's accounts on this platform, or null before the progress is loaded. */
    public PlatformView(PlatformViewModel model, Messages messages, AccountsView accounts) {
        this.model = model;
        this.m = messages;
        VBox page = new VBox();
        page.getStyleClass().addAll("page", "platform-page");
        page.getChildren().addAll(header(), text(model.summary(), "summary"));
        // Once there are accounts the page is their checklist, each step with its own how-to; the guide
        // follows, folded (the dates open: they say what today means).
        boolean checklistsFirst = accounts != null && accounts.hasAccounts();
        if (checklistsFirst) {
            page.getChildren().add(card("platform.yourAccounts", accounts.root()));
        }
        page.getChildren().add(section("platform.settingsPath", this::paths, !checklistsFirst));
        page.getChildren().add(section("platform.dates", this::dates, true));
        page.getChildren().add(section("platform.steps", this::steps, !checklistsFirst));
        if (accounts != null && !checklistsFirst) {
            page.getChildren().add(card("platform.yourAccounts", accounts.root()));
        }
        page.getChildren().add(section("platform.scope", this::scope, !checklistsFirst));
        if (!model.caveats().isEmpty()) {
            page.getChildren().add(section("platform.caveats", this::caveats, !checklistsFirst));
        }
        model.privacyScore().ifPresent(score -> page.getChildren().add(section("platform.privacyScore",
                () -> factLine(text(score, null), model.privacyScoreFact().orElseThrow()), !checklistsFirst)));
        page.getChildren().add(section("platform.sources", this::sources, !checklistsFirst));
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.setId("platform-view");
        root.getStyleClass().add("platform-scroll");
    }

    public Node root() {
        return root;
    }

    private Node header() {
        Label name = new Label(model.name());
        name.setId("platform-title");
        name.getStyleClass().add("page-title");
        Label company = new Label(model.company());
        company.getStyleClass().add("muted");
        Label kind = badge(model.optOutKind(), "badge-kind");
        kind.setId("platform-kind");
        Label effort = badge(model.effort(), model.difficultyStyle());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox line = new HBox(name, company, spacer, kind, effort);
        line.getStyleClass().add("platform-header");
        Label feedback = new Label();
        feedback.setId("platform-feedback");
        feedback.getStyleClass().add("feedback");
        feedback.textProperty().bind(model.feedbackProperty());
        VBox box = new VBox(line);
        model.link().ifPresent(url -> {
            Button open = new Button(model.linkLabel());
            open.setId("open-link");
            open.getStyleClass().add("accent");
            open.setOnAction(e -> model.openLink());
            open.setTooltip(new Tooltip(url));
            Label address = new Label(url);
            address.getStyleClass().add("muted");
            HBox linkLine = new HBox(open, address);
            linkLine.getStyleClass().add("link-line");
            box.getChildren().add(linkLine);
            Node status = pathStatus(model.linkStatus());
            if (status != null) {
                box.getChildren().add(status);
            }
        });
        box.getChildren().add(feedback);
        return box;
    }

    private Node dates() {
        VBox box = new VBox();
        box.setId("platform-dates");
        List<DateRow> dates = model.dates();
        if (dates.isEmpty()) {
            box.getChildren().add(text(m.get("platform.noDates"), "muted"));
        }
        boolean elsewhereShown = false;
        for (DateRow d : dates) {
            if (d.elsewhere() && !elsewhereShown) {
                box.getChildren().add(text(m.get("platform.datesElsewhere"), "subheading"));
                elsewhereShown = true;
            }
            Label when = new Label(d.when());
            when.getStyleClass().add("date-when");
            Label label = text(d.label(), null);
            Label regions = badge(d.regions(), "badge-region");
            Label outlook = text(d.outlook(), d.trainingStart() && !d.elsewhere()
                    ? (d.passed() ? "outlook-passed" : "outlook-ahead") : "muted");
            outlook.getStyleClass().add("date-outlook");
            VBox entry = new VBox(new HBox(when, regions), label, outlook, factInfo(d.fact()));
            entry.getStyleClass().add("date-entry");
            box.getChildren().add(entry);
        }
        return box;
    }

    private Node paths() {
        VBox box = new VBox();
        List<PathRow> paths = model.paths();
        for (PathRow row : paths) {
            Button copy = new Button(m.get("platform.copyPath"));
            copy.getStyleClass().add("copy-path");
            copy.setMinWidth(Region.USE_PREF_SIZE);
            copy.setOnAction(e -> model.copyPath(row));
            Label device = badge(row.device(), "badge-device");
            Node crumbs = breadcrumb(row);
            HBox.setHgrow(crumbs, Priority.ALWAYS);
            HBox line = new HBox(device, crumbs, copy);
            line.getStyleClass().add("path-line");
            box.getChildren().add(line);
            Node status = pathStatus(row.status());
            if (status != null) {
                box.getChildren().add(status);
            }
        }
        if (paths.isEmpty()) {
            box.getChildren().add(text(m.get("platform.noPath"), "muted"));
        }
        box.getChildren().add(text(model.regionNote(), null));
        box.getChildren().add(text(m.get("platform.refusalRegions", model.optOutRegions()), "muted"));
        return box;
    }

    /** "Verified on …", "Reported, not seen by us" or "Outdated", with what to look for instead. */
    static Node pathStatus(PathStatusText status) {
        if (status == null) {
            return null;
        }
        FlowPane line = new FlowPane(badge(status.text(), "path-status"));
        line.getChildren().get(0).getStyleClass().add(status.style());
        if (status.lookFor() != null) {
            Label lookFor = text(status.lookFor(), "path-look-for");
            lookFor.setWrapText(true);
            line.getChildren().add(lookFor);
        }
        line.getStyleClass().add("path-status-line");
        return line;
    }

    /** The path as a breadcrumb that wraps onto more lines rather than cutting long labels. */
    private static Node breadcrumb(PathRow row) {
        FlowPane crumbs = new FlowPane();
        crumbs.getStyleClass().add("settings-path");
        crumbs.setAccessibleText(row.text());
        List<String> labels = row.crumbs();
        for (int i = 0; i < labels.size(); i++) {
            if (i > 0) {
                crumbs.getChildren().add(badge("›", "crumb-separator"));
            }
            crumbs.getChildren().add(badge(labels.get(i), i == labels.size() - 1 ? "crumb-last" : "crumb"));
        }
        return crumbs;
    }

    private Node steps() {
        VBox box = new VBox();
        box.setId("platform-steps");
        for (StepRow s : model.steps()) {
            Label number = new Label(String.valueOf(s.number()));
            number.getStyleClass().add("step-number");
            Label title = text(s.title(), "step-title");
            VBox body = new VBox(title, text(s.path(), "step-path"), text(s.detail(), null));
            if (s.waitNote() != null) {
                body.getChildren().add(text(s.waitNote(), "step-wait"));
            }
            if (s.regions() != null) {
                body.getChildren().add(text(s.regions(), "muted"));
            }
            body.getChildren().add(badge(s.optional() ? m.get("platform.optionalRole", s.role()) : s.role(),
                    "badge-role"));
            body.getChildren().add(factInfo(s.fact()));
            HBox.setHgrow(body, Priority.ALWAYS);
            HBox line = new HBox(number, body);
            line.getStyleClass().add("step");
            box.getChildren().add(line);
        }
        return box;
    }

    private Node scope() {
        VBox box = new VBox(text(m.get("platform.included"), "subheading"));
        model.included().forEach(item -> box.getChildren().add(text("• " + item, null)));
        if (!model.excluded().isEmpty()) {
            box.getChildren().add(text(m.get("platform.excluded"), "subheading"));
            model.excluded().forEach(item -> box.getChildren().add(text("• " + item, null)));
        }
        if (model.minorsExcluded()) {
            box.getChildren().add(text(m.get("platform.minorsExcluded"), "muted"));
        }
        box.getChildren().add(factInfo(model.scopeFact()));
        return box;
    }

    private Node caveats() {
        VBox box = new VBox();
        List<String> caveats = model.caveats();
        List<FactInfo> facts = model.caveatFacts();
        for (int i = 0; i < caveats.size(); i++) {
            box.getChildren().add(factLine(text("• " + caveats.get(i), null), facts.get(i)));
        }
        return box;
    }

    private Node sources() {
        VBox box = new VBox();
        box.setId("platform-sources");
        for (SourceRow s : model.sources()) {
            Label text = text(s.number() + ". " + s.text(), null);
            if (s.url() == null) {
                box.getChildren().add(text);
            } else {
                Hyperlink link = new Hyperlink(s.url());
                link.setOnAction(e -> model.open(s.url()));
                box.getChildren().add(new VBox(text, link));
            }
        }
        box.getChildren().add(text(model.checked(), "muted"));
        model.notVerified().ifPresent(note -> box.getChildren().add(text(note, "not-verified")));
        return box;
    }

    private Node factLine(Label text, FactInfo fact) {
        return new VBox(text, factInfo(fact));
    }

    /** "Sources 1, 3 · checked 22 November 2026", plus an "uncertain" marker when the research says so. */
    private Node factInfo(FactInfo fact) {
        FlowPane line = new FlowPane(text(fact.sourceNumbers(), "fact-info"), text(fact.checked(), "fact-info"));
        line.getStyleClass().add("fact-line");
        if (fact.uncertain()) {
            Label uncertain = badge(m.get("fact.uncertain"), "badge-uncertain");
            uncertain.setTooltip(new Tooltip(m.get("fact.uncertainHelp")));
            line.getChildren().add(uncertain);
        }
        return line;
    }

    /**
     * A part of the guide the user can fold away. A folded part is built when first unfolded: styling
     * content no one looks at made a page of account checklists slow to open.
     */
    private Node section(String titleKey, Supplier<Node> content, boolean expanded) {
        TitledPane pane = new TitledPane();
        pane.setText(m.get(titleKey));
        pane.setExpanded(expanded);
        contentWhenUnfolded(pane, content);
        pane.setAnimated(false);
        pane.getStyleClass().add("guide-section");
        pane.setId("section-" + titleKey.substring(titleKey.indexOf('.') + 1));
        return pane;
    }

    /** Gives {@code pane} its content now if it is unfolded, else the first time it is unfolded. */
    static void contentWhenUnfolded(TitledPane pane, Supplier<Node> content) {
        if (pane.isExpanded()) {
            pane.setContent(content.get());
            return;
        }
        pane.expandedProperty().addListener((obs, was, now) -> {
            if (now && pane.getContent() == null) {
                pane.setContent(content.get());
            }
        });
    }

    private Node card(String titleKey, Node content) {
        Label title = new Label(m.get(titleKey));
        title.getStyleClass().add("section-title");
        VBox card = new VBox(title, content);
        card.getStyleClass().add("card");
        return card;
    }
}
