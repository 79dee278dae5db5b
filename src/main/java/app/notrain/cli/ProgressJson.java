package app.notrain.cli;

import app.notrain.progress.AccountOverview;
import app.notrain.i18n.Language;
import app.notrain.progress.Profile;
import app.notrain.progress.OpenAction;
import app.notrain.progress.StepProgress;
import app.notrain.progress.StepRecord;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON that {@code account list --json} and {@code status --json} print, documented in
 * docs/cli.md. Field names are a promise to scripts: rename none. Every field is present, null
 * when empty; dates are ISO ({@code 2025-05-27}, instants {@code 2025-05-22T10:00:00Z}); enums are
 * their constant names, the same in every language.
 */
final class ProgressJson {
    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().setPrettyPrinting()
            .create();

    record AccountJson(String id, String platform, String platformName, String label, String owner, String group,
                       int done, int total) {
    }

    record StatusJson(String today, ProfileJson profile, List<ActionJson> actions, List<AccountStatusJson> accounts) {
    }

    record ProfileJson(String region, boolean adult, String use) {
    }

    record AccountStatusJson(String id, String platform, String platformName, String label, String owner, String group,
                             int done, int total, List<StepJson> steps) {
    }

    record StepJson(String id, String title, String situation, boolean open, String status, String changedAt,
                    String until, String due, String note, String evidence, String notApplicableReason,
                    boolean catalogChanged) {
    }

    private ProgressJson() {
    }

    static String accounts(List<AccountOverview> overviews) {
        return GSON.toJson(overviews.stream().map(o -> new AccountJson(o.account().id(), o.account().platformId(),
                o.platformName(), o.account().label(), o.account().owner(), o.account().group(), o.done(), o.total()))
                .toList());
    }

    /** One open action of the ranked list, most urgent first (docs/ranking.md). */
    private record ActionJson(String urgency, String date, String account, String platform, String step,
                              String title) {
    }

    static String status(LocalDate today, Profile profile, List<OpenAction> ranked, List<AccountOverview> overviews,
                         Language language) {
        List<ActionJson> actions = ranked.stream().map(a -> new ActionJson(a.urgency().name(), text(a.date()),
                a.step().account().id(), a.step().platform().id(), a.step().step().id(),
                a.step().step().title().in(language))).toList();
        List<AccountStatusJson> accounts = overviews.stream().map(o -> new AccountStatusJson(o.account().id(),
                o.account().platformId(), o.platformName(), o.account().label(), o.account().owner(),
                o.account().group(), o.done(), o.total(),
                o.steps().stream().map(s -> step(s, language)).toList())).toList();
        return GSON.toJson(new StatusJson(today.toString(),
                new ProfileJson(name(profile.region()), profile.adult(), name(profile.use())), actions, accounts));
    }

    private static StepJson step(StepProgress s, Language language) {
        StepRecord r = s.record();
        return new StepJson(s.step().id(), s.step().title().in(language), s.situation().name(),
                !s.situation().isSettled(), r == null ? "TODO" : r.status().name(),
                r == null ? null : text(r.changedAt()), r == null ? null : text(r.until()), text(s.due()),
                r == null ? null : r.note(), r == null ? null : r.evidence(), name(s.notApplicableReason()),
                s.catalogChanged());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
