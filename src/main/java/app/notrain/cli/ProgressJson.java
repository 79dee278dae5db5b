package app.notrain.cli;

import app.notrain.catalog.Platform;
import app.notrain.i18n.Language;
import app.notrain.progress.Account;
import app.notrain.progress.AccountOverview;
import app.notrain.progress.AccountProtection;
import app.notrain.progress.Assessment;
import app.notrain.progress.OpenAction;
import app.notrain.progress.OrganisationProgress;
import app.notrain.progress.Profile;
import app.notrain.progress.Protection;
import app.notrain.progress.StepProgress;
import app.notrain.progress.ProtectionTally;
import app.notrain.progress.StepRecord;
import app.notrain.progress.TeamMember;
import app.notrain.progress.TeamSnapshot;
import app.notrain.report.PlainText;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.annotations.SerializedName;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** The organisation checklist: how many measures are in place, of how many, and each measure. */
    record OrganisationJson(int inPlace, int total, int recheckDue, List<MeasureJson> measures) {
    }

    /**
     * One measure: {@code status} as recorded (TODO when never touched), {@code situation} as of
     * today (DONE turns RECHECK_DUE after the interval), {@code due} the next re-check.
     */
    record MeasureJson(String id, String title, String status, String situation, boolean open, String changedAt,
                       String due, int recheckDays, String owner, String note, String evidence) {
    }

    /**
     * {@code team} and {@code company} came with the team roll-up (docs/team.md): colleagues' reports as
     * they reported them, and the total of the user's accounts and theirs (null without a team).
     * {@code organisation} came with the organisation checklist: null unless the profile is a business's.
     */
    record StatusJson(String today, ProfileJson profile, SummaryJson summary, List<ActionJson> actions,
                      List<AccountStatusJson> accounts, OrganisationJson organisation, List<TeamMemberJson> team,
                      SummaryJson company) {
    }

    /** A colleague's report: when, whether it is older than the re-check interval, and their accounts. */
    record TeamMemberJson(String person, String reportedOn, String exportedAt, long ageInDays, boolean stale,
                          String catalogVersion, SummaryJson summary, List<TeamAccountJson> accounts) {
    }

    /** A colleague's account as reported: {@code reportedBy} and {@code reportedOn} say whose report and when. */
    record TeamAccountJson(String id, String platform, String platformName, String label, String group,
                           String protection, String protectedOn, String reportedBy, String reportedOn,
                           List<TeamStepJson> steps) {
    }

    record TeamStepJson(String id, String title, String status, String changed, String due, String note,
                        String evidence) {
    }

    record ProfileJson(String region, boolean adult, String use) {
    }

    /**
     * {@code protected} counts PROTECTED and RECHECK_DUE, of the {@code concerned} accounts (all but
     * NOT_CONCERNED): the headline's "x of y"; {@code counts} names every protection, zero included.
     */
    record SummaryJson(int accounts, @SerializedName("protected") int protectedAccounts, int concerned,
                       Map<String, Integer> counts) {
    }

    /**
     * The fields up to {@code steps} are the first version's; the ones after came with the protection
     * model; {@code answerDue} with the letters: when the answer to the objection letter is due (null
     * when none was sent).
     */
    record AccountStatusJson(String id, String platform, String platformName, String label, String owner, String group,
                             int done, int total, List<StepJson> steps, String protection, String protectedOn,
                             String trainingStart, Long daysLeft, String waitUntil, MitigationsJson mitigations,
                             NextActionJson nextAction, String answerDue) {
    }

    record MitigationsJson(int done, int total) {
    }

    /** The account's next step, whatever its rank; minutes and difficulty are the whole opt-out's, from the guide. */
    record NextActionJson(String step, String title, int minutes, String difficulty) {
    }

    record StepJson(String id, String title, String situation, boolean open, String status, String changedAt,
                    String until, String due, String note, String evidence, String notApplicableReason,
                    boolean catalogChanged) {
    }

    /**
     * One next action of the ranked list, most urgent first (docs/ranking.md), for one account or for
     * every account of an Accounts Centre group: {@code account} is the first of {@code accounts}.
     */
    private record ActionJson(String urgency, String date, String account, String platform, String step,
                              String title, List<String> accounts, String group, String protection, int minutes,
                              String difficulty, String letter) {
    }

    private ProgressJson() {
    }

    static String accounts(List<AccountOverview> overviews) {
        return PlainText.jsonEscape(GSON.toJson(overviews.stream()
                .map(o -> new AccountJson(o.account().id(), o.account().platformId(),
                o.platformName(), o.account().label(), o.account().owner(), o.account().group(), o.done(), o.total()))
                .toList()));
    }

    static String status(Assessment assessment, Profile profile, OrganisationProgress organisation,
                         Language language, List<TeamMember> team) {
        SummaryJson summary = summary(ProtectionTally.of(assessment.accounts()));
        List<ActionJson> actions = assessment.actions().stream().map(a -> action(a, language)).toList();
        List<AccountStatusJson> accounts = assessment.accounts().stream()
                .map(p -> account(p, assessment, language)).toList();
        return PlainText.jsonEscape(GSON.toJson(new StatusJson(assessment.today().toString(),
                new ProfileJson(name(profile.region()), profile.adult(), name(profile.use())), summary, actions,
                accounts, organisation == null ? null : organisation(organisation, language),
                team.stream().map(ProgressJson::member).toList(),
                team.isEmpty() ? null : summary(TeamMember.company(assessment.accounts(), team)))));
    }

    private static SummaryJson summary(ProtectionTally tally) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        tally.counts().forEach((protection, n) -> counts.put(protection.name(), n));
        return new SummaryJson(tally.accounts(), tally.protectedCount(), tally.concerned(), counts);
    }

    private static TeamMemberJson member(TeamMember m) {
        TeamSnapshot s = m.snapshot();
        String reportedOn = m.reportedOn().toString();
        return new TeamMemberJson(s.person(), reportedOn, s.exportedAt().toString(), m.ageInDays(), m.stale(),
                s.catalogVersion(), summary(m.tally()), s.accounts().stream()
                .map(a -> new TeamAccountJson(a.id(), a.platformId(), a.platform(), a.label(), a.group(),
                        a.protection().name(), text(a.protectedOn()), s.person(), reportedOn, a.steps().stream()
                        .map(t -> new TeamStepJson(t.id(), t.title(), t.status().name(), text(t.changed()),
                                text(t.due()), t.note(), t.evidence())).toList()))
                .toList());
    }

    private static OrganisationJson organisation(OrganisationProgress organisation, Language language) {
        return new OrganisationJson(organisation.inPlace(), organisation.total(), organisation.recheckDue(),
                organisation.measures().stream().map(m -> new MeasureJson(m.measure().id(),
                        m.measure().title().in(language), m.status().name(), m.situation().name(), m.open(),
                        m.record() == null ? null : text(m.record().changedAt()), text(m.due()), m.recheckDays(),
                        m.owner(), m.note(), m.evidence())).toList());
    }

    private static ActionJson action(OpenAction a, Language language) {
        StepProgress step = a.step();
        Platform platform = step.platform();
        return new ActionJson(a.urgency().name(), text(a.date()), a.account().id(), platform.id(), step.step().id(),
                step.step().title().in(language), a.accounts().stream().map(Account::id).toList(), a.account().group(),
                a.protection().protection().name(), platform.minutes(), name(platform.difficulty()), name(a.letter()));
    }

    private static AccountStatusJson account(AccountProtection p, Assessment assessment, Language language) {
        AccountOverview o = p.overview();
        Account a = o.account();
        StepProgress next = p.next();
        NextActionJson nextAction = next == null ? null : new NextActionJson(next.step().id(),
                next.step().title().in(language), next.platform().minutes(), name(next.platform().difficulty()));
        Long daysLeft = p.protection() == Protection.NOT_YET ? p.daysLeft(assessment.today()) : null;
        return new AccountStatusJson(a.id(), a.platformId(), o.platformName(), a.label(), a.owner(), a.group(),
                o.done(), o.total(), o.steps().stream().map(s -> step(s, language)).toList(),
                p.protection().name(), text(p.protectedOn()), text(p.trainingStart()), daysLeft, text(p.waitUntil()),
                new MitigationsJson(p.mitigationsDone(), p.mitigations()), nextAction, text(p.answerDue()));
    }

    private static StepJson step(StepProgress s, Language language) {
        StepRecord r = s.record();
        return new StepJson(s.step().id(), s.step().title().in(language), s.situation().name(),
                !s.situation().isSettled(), r == null ? "TODO" : r.status().name(),
                r == null ? null : text(r.changedAt()), r == null ? null : text(r.until()), text(s.due()),
                r == null ? null : r.note(), r == null ? null : r.evidence(), name(s.notApplicableReason()),
                s.catalogChanged());
    }

    /** ISO text: {@code FactDate} prints {@code 2024-09} when only the month is known. */
    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
