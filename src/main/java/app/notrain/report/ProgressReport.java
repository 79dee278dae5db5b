package app.notrain.report;

import app.notrain.catalog.CatalogTexts;
import app.notrain.catalog.DateKind;
import app.notrain.catalog.GuidesAge;
import app.notrain.catalog.KeyDate;
import app.notrain.catalog.Platform;
import app.notrain.catalog.Region;
import app.notrain.i18n.Language;
import app.notrain.i18n.Messages;
import app.notrain.progress.Account;
import app.notrain.progress.AccountOverview;
import app.notrain.progress.AccountProtection;
import app.notrain.progress.AnswerClock;
import app.notrain.progress.Assessment;
import app.notrain.progress.LetterKind;
import app.notrain.progress.ChangeTexts;
import app.notrain.progress.EvidenceCheck;
import app.notrain.progress.EvidenceFile;
import app.notrain.progress.EvidenceState;
import app.notrain.progress.NotApplicableReason;
import app.notrain.progress.OpenAction;
import app.notrain.progress.OrganisationProgress;
import app.notrain.progress.OrganisationTexts;
import app.notrain.progress.Profile;
import app.notrain.progress.ProgressBook;
import app.notrain.progress.ProtectionTexts;
import app.notrain.progress.Protection;
import app.notrain.progress.ProtectionTally;
import app.notrain.progress.Situation;
import app.notrain.progress.TeamMember;
import app.notrain.progress.StepProgress;
import app.notrain.progress.StepStatus;
import app.notrain.progress.Urgency;
import app.notrain.progress.UseKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Everything a progress report says, as of one day, already put into words in one language: what
 * the exporters ({@link ReportFormat}) lay out. Immutable; built once by {@link #of}.
 *
 * @param ownerFilter the owner the report is limited to, or null for every account
 * @param owners      the accounts grouped by owner, in the order owners first appear; accounts without
 *                    an owner come last
 * @param actions     the next actions of those accounts, one per account or Accounts Centre group, ranked
 *                    exactly as {@code Assessment.actions()} (the dashboard's and {@code notrain status}'s)
 * @param platforms   the platforms of those accounts that the catalog knows, in catalog order, with
 *                    their key dates for the user's region and their sources
 * @param organisation a business's organisation checklist as of {@code asOf}; null for a person, and in
 *                    a report limited to one owner (the measures are the company's, not a person's)
 * @param person      whose report it is, for a company's roll-up (docs/team.md): the name given for the
 *                    export, else who signs the letters, else the author; null when none is known
 * @param team        colleagues' imported reports, as they reported them; {@code company} the total of the
 *                    user's accounts and theirs (null without a team)
 * @param cover       who the report is for and by, when it was exported, the period and the guides' date
 * @param auditLog    every change recorded, oldest first, undone ones marked (an appendix, apart from
 *                    the accounts' steps)
 *
 * <p>The persons of a DPO's report are the {@code owners}, then the colleagues of {@code team}: each has a
 * protection line on the first page, beside the organisation's checklist.
 */
public record ProgressReport(Messages messages, String title, LocalDate asOf, String catalogVersion,
                             ProfileLine profile, String ownerFilter, Summary summary, List<OwnerSection> owners,
                             List<ActionLine> actions, List<PlatformFacts> platforms, String notice,
                             OrganisationSection organisation, String person, List<TeamSection> team,
                             ProtectionCounts company, Cover cover, List<AuditLine> auditLog) {

    /** Between a platform and an account, the same in both languages: "Instagram · @me". */
    public static final String SEPARATOR = " · ";

    public ProgressReport {
        owners = List.copyOf(owners);
        actions = List.copyOf(actions);
        platforms = List.copyOf(platforms);
        team = List.copyOf(team);
        auditLog = List.copyOf(auditLog);
    }

    /**
     * A colleague's imported report, as it was reported: {@code section} holds their accounts (steps
     * as recorded, no history), {@code reportedText} "Reported by Alice on 30 November 2026",
     * {@code staleText} the warning when it is older than the re-check interval, else null.
     */
    public record TeamSection(String person, LocalDate reportedOn, long ageInDays, boolean stale, String reportedText,
                              String staleText, OwnerSection section) {
    }

    /**
     * The cover: {@code name} is the organisation, else the author, else who signs the letters (null
     * when none is known); {@code exportedAt} the time of the export, shown in {@code zone};
     * {@code periodFrom} the day of the first change recorded (null when there is none), the period
     * ending on the report's day; {@code guidesDate} the date of the platform guides used (null when
     * unknown), {@code guidesOld} when it is more than six months before the report's day.
     */
    public record Cover(String name, String organisation, String author, Instant exportedAt, ZoneId zone,
                        LocalDate periodFrom, LocalDate guidesDate, boolean guidesOld) {
    }

    /**
     * One change of the audit log, at its exact time. {@code undo} marks a change that is itself an
     * undo or a redo; {@code reversal} says when a later undo (or redo) reverted it, null when none did.
     */
    public record AuditLine(Instant at, String text, boolean undo, Reversal reversal) {
    }

    /** A change reverted: by an undo, or (for an undo) by a redo. */
    public record Reversal(Kind kind, Instant at) {
        public enum Kind { UNDONE, REDONE }
    }

    /** Platforms whose key dates are the same (Facebook and Instagram), shown once. */
    public record DatesGroup(String names, List<DateLine> dates) {
    }

    /** A source, once, with the names of the report's platforms whose guides cite it. */
    public record CitedSource(SourceLine source, List<String> platforms) {
    }

    /** The region and kind of use the report was computed for. */
    public record ProfileLine(Region region, String regionText, UseKind use, String useText) {
    }

    /**
     * The counts at the top: the accounts' protection first, then the steps. {@code stepsApplicable} is
     * the number of steps that apply (the total of the progress bar); {@code openActions} the number of
     * action lines (one per account or group); {@code accountsExposed} the accounts whose protection is
     * EXPOSED.
     */
    public record Summary(ProtectionCounts protection, int accounts, int stepsDone, int stepsApplicable,
                          int openActions, int refusals, int accountsExposed) {
    }

    /**
     * How many accounts are protected, of those AI training concerns, and how many have each status.
     *
     * @param protectedAccounts PROTECTED and RECHECK_DUE: the refusal holds
     * @param concerned         every account but the NOT_CONCERNED ones (an account whose platform left the
     *                          guides may still be trained on, so it counts)
     * @param counts            every status, in the enum's order, zero when none
     * @param headline          the same in words: "4 of 6 accounts protected · 1 exposed"
     */
    public record ProtectionCounts(int protectedAccounts, int concerned, Map<Protection, Integer> counts,
                                   String headline) {
        public ProtectionCounts {
            Map<Protection, Integer> copy = new EnumMap<>(Protection.class);
            copy.putAll(counts);
            counts = Collections.unmodifiableMap(copy);
        }

        public int count(Protection protection) {
            return counts.getOrDefault(protection, 0);
        }
    }

    /**
     * One owner's accounts and their protection; {@code owner} is null for accounts nobody owns,
     * {@code name} is then a label.
     */
    public record OwnerSection(String owner, String name, ProtectionCounts protection,
                               List<AccountSection> accounts) {
        public OwnerSection {
            accounts = List.copyOf(accounts);
        }

        public int stepsDone() {
            return accounts.stream().mapToInt(AccountSection::done).sum();
        }

        public int stepsApplicable() {
            return accounts.stream().mapToInt(AccountSection::applicable).sum();
        }
    }

    /**
     * One account: its protection, its steps in catalog order and its history, oldest first.
     *
     * @param protectionText   the status in words: "Protected"
     * @param protectionDetail the status with what supports it: "Protected since 15 May 2025"
     * @param protectedOn      the day the last required refusal was done (PROTECTED, RECHECK_DUE), else null
     * @param next             the step that moves the account towards protection, or null when none is left
     * @param letters          the GDPR letters sent for the account, oldest first (docs/letters.md)
     */
    public record AccountSection(String id, String platformId, String platformName, String label, String owner,
                                 String group, Protection protection, String protectionText,
                                 String protectionDetail, LocalDate protectedOn, NextStep next, int done,
                                 int applicable, List<StepLine> steps, List<HistoryLine> history,
                                 List<LetterLine> letters) {
        public AccountSection {
            steps = List.copyOf(steps);
            history = List.copyOf(history);
            letters = List.copyOf(letters);
        }
    }

    /**
     * A letter sent: what, when, how, and when the answer is due (objections without an answer) or
     * the complaint is proposed (reminders); {@code text} is the letter itself.
     */
    public record LetterLine(LetterKind kind, String kindText, LocalDate sentOn, String channel, String reference,
                             LocalDate answerDue, LocalDate complaintFrom, String text) {
    }

    /** An account's next step: the same as its line in the actions. */
    public record NextStep(String id, String title) {
    }

    /**
     * One step of one account. {@code status} is what the user recorded (TODO when untouched);
     * {@code situation} what it means on the report's day; {@code changed} the day it was recorded
     * (null when untouched); {@code due} the end of a wait or the re-check date (null when none).
     */
    public record StepLine(String id, String title, StepStatus status, String statusText, Situation situation,
                           String situationText, LocalDate changed, LocalDate due, String note, String evidence,
                           List<EvidenceLine> files) {
        public StepLine {
            files = List.copyOf(files);
        }
    }

    /**
     * A file attached as evidence: its original name, the copy's name in the evidence folder, the
     * SHA-256 and size it had when attached, and whether the copy is still that ({@code state}, null
     * when the report was made without the evidence folder at hand).
     */
    public record EvidenceLine(String originalName, String storedName, String sha256, long size,
                               LocalDate attachedOn, EvidenceState state, String stateText) {
    }

    /**
     * The step's evidence in one line, its files with their SHA-256 included:
     * "ref 123; screenshot.png (SHA-256 3f1c…, intact)". For the table formats.
     */
    public String evidenceText(StepLine step) {
        List<String> parts = new ArrayList<>();
        if (step.evidence() != null) {
            parts.add(step.evidence());
        }
        step.files().forEach(f -> parts.add(f.state() == null
                ? text("report.evidenceFileUnchecked", f.originalName(), f.sha256())
                : text("report.evidenceFile", f.originalName(), f.sha256(), f.stateText())));
        return String.join("; ", parts);
    }

    /** The organisation checklist: "5 of 9 measures in place" and each measure, in catalog order. */
    public record OrganisationSection(String summary, int inPlace, int total, List<MeasureLine> measures) {
        public OrganisationSection {
            measures = List.copyOf(measures);
        }
    }

    /** One measure: as recorded ({@code status}), as of the report's day ({@code situation}), and the next review. */
    public record MeasureLine(String id, String title, StepStatus status, String statusText, Situation situation,
                              String situationText, LocalDate changed, LocalDate due, String owner, String note,
                              String evidence) {
    }

    /** The headings of the organisation table, the same in HTML, PDF and Markdown. */
    public List<String> measureHeadings() {
        return List.of(text("report.column.measure"), text("report.column.situation"), text("report.column.changed"),
                text("report.column.nextReview"), text("report.column.responsible"), text("report.column.noteEvidence"));
    }

    /** One measure's cells under {@link #measureHeadings()}: dates in words, note and evidence together. */
    public List<String> measureCells(MeasureLine m) {
        String noteEvidence = m.note() == null ? (m.evidence() == null ? "" : m.evidence())
                : m.evidence() == null ? m.note() : m.note() + SEPARATOR + m.evidence();
        return List.of(m.title(), m.situationText(), date(m.changed()), date(m.due()),
                m.owner() == null ? "" : m.owner(), noteEvidence);
    }

    public record HistoryLine(LocalDate date, String text) {
    }

    /**
     * One next action: why it is urgent, whose accounts, which step. {@code accounts} are every account
     * of the report it covers (several for a shared Accounts Centre step); {@code accountId},
     * {@code platformName}, {@code accountLabel} and {@code owner} are the first of them.
     */
    public record ActionLine(int rank, Urgency urgency, LocalDate date, String why, String accountId,
                             String platformName, String accountLabel, String owner, String stepId,
                             String stepTitle, List<AccountRef> accounts) {
        public ActionLine {
            accounts = List.copyOf(accounts);
        }

        /** Every account it covers: "Facebook · ACME page, Instagram · @acme". */
        public String accountNames() {
            return accounts.stream().map(AccountRef::name).collect(Collectors.joining(", "));
        }
    }

    /** An account an action covers. */
    public record AccountRef(String id, String platformName, String label, String owner) {
        /** "Instagram · @me". */
        public String name() {
            return platformName + SEPARATOR + label;
        }
    }

    public record PlatformFacts(String id, String name, List<DateLine> dates, List<SourceLine> sources) {
        public PlatformFacts {
            dates = List.copyOf(dates);
            sources = List.copyOf(sources);
        }
    }

    /**
     * A key date: {@code date} as precise as its source (YYYY-MM-DD or YYYY-MM), {@code outlook} what it
     * means on the report's day.
     */
    public record DateLine(String id, DateKind kind, String date, String dateText, String label, String outlook,
                           boolean uncertain) {
    }

    /** {@code published} is YYYY, YYYY-MM or YYYY-MM-DD, or null when the source is undated. */
    /** A source as the guides cite it, with the language's quotation marks: Publisher, “Title” (date). */
    public String citation(SourceLine source) {
        return source.published() == null
                ? text("platform.sourceUndated", source.publisher(), source.title())
                : text("platform.sourceDated", source.publisher(), source.title(), source.published());
    }

    public record SourceLine(String publisher, String title, String published, String url) {
    }

    public Language language() {
        return messages.language();
    }

    /** A business's report: the protection is also counted per owner, and its accounts are shown by owner. */
    public boolean severalOwners() {
        return owners.size() > 1;
    }

    /** A word of the report's language, for the exporters' headings. */
    public String text(String key, Object... args) {
        return messages.get(key, args);
    }

    /** A day as it reads in the report's language: "1 September 2025". */
    public String date(LocalDate day) {
        return day == null ? "" : new CatalogTexts(messages).date(day);
    }

    /** A time as it reads in the report's language, in the cover's zone: "12 May 2025, 10:00". */
    public String dateTime(Instant at) {
        LocalDateTime local = localTime(at, cover.zone());
        return text("report.dateTime", date(local.toLocalDate()),
                String.format(Locale.ROOT, "%02d:%02d", local.getHour(), local.getMinute()));
    }

    /** The zone of the report's times as an offset from UTC at the export: "UTC", "UTC+01:00". */
    public String zoneText() {
        ZoneOffset offset = cover.zone().getRules().getOffset(cover.exportedAt());
        return offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
    }

    /** The headings of an account's table of steps, in every format. */
    public List<String> stepColumns() {
        return List.of(text("report.column.step"), text("report.column.situation"), text("report.column.changed"),
                text("report.column.due"), text("report.column.note"), text("report.column.evidence"));
    }

    /** The headings of the audit log's table. */
    public List<String> auditColumns() {
        return List.of(text("report.column.when"), text("report.column.change"), text("report.column.reverted"));
    }

    /** The first page's headline: the company's (everyone's accounts) once colleagues' reports are kept. */
    public String headline() {
        return company != null ? company.headline() : summary.protection().headline();
    }

    /** The summary's total row: the organisation's for a business, else all the accounts'. */
    public String totalName() {
        return text(profile.use() == UseKind.BUSINESS ? "report.organisationTotal" : "report.allAccounts");
    }

    /** The guides' date and version: "dated 20 November 2026 (version 2026.11)", or the version alone. */
    public String guidesText() {
        return cover.guidesDate() == null ? text("report.cover.guidesUndated", catalogVersion)
                : text("report.cover.guides", date(cover.guidesDate()), catalogVersion);
    }

    /** The cover's period in words: "10 May 2025 to 1 September 2025", or "up to …" with no change yet. */
    public String period() {
        return cover.periodFrom() == null ? text("report.cover.periodUpTo", date(asOf))
                : text("report.cover.period", date(cover.periodFrom()), date(asOf));
    }

    /** The audit log's mark of a reverted change: "undone on 12 May 2025, 10:02"; empty when none. */
    public String reversalText(AuditLine line) {
        if (line.reversal() == null) {
            return "";
        }
        return text(line.reversal().kind() == Reversal.Kind.UNDONE ? "report.audit.undone" : "report.audit.redone",
                dateTime(line.reversal().at()));
    }

    /**
     * The platforms' key dates in catalog order, a platform with the same dates as an earlier one
     * joined to it (Facebook, Instagram): each date is printed once. Platforms without dates are left out.
     */
    public List<DatesGroup> dateGroups() {
        Map<List<DateLine>, List<String>> groups = new LinkedHashMap<>();
        for (PlatformFacts p : platforms) {
            if (!p.dates().isEmpty()) {
                groups.computeIfAbsent(p.dates(), k -> new ArrayList<>()).add(p.name());
            }
        }
        List<DatesGroup> result = new ArrayList<>();
        groups.forEach((dates, names) -> result.add(new DatesGroup(String.join(", ", names), dates)));
        return result;
    }

    /** Every source of the report's platforms once, in the order first cited, with the platforms citing it. */
    public List<CitedSource> citedSources() {
        Map<SourceLine, List<String>> cited = new LinkedHashMap<>();
        for (PlatformFacts p : platforms) {
            for (SourceLine source : p.sources()) {
                cited.computeIfAbsent(source, k -> new ArrayList<>()).add(p.name());
            }
        }
        List<CitedSource> result = new ArrayList<>();
        cited.forEach((source, names) -> result.add(new CitedSource(source, names)));
        return result;
    }

    /**
     * The report of {@code book} as of {@code asOf}. Recorded instants are read as days in
     * {@code zone}. {@code ownerFilter} (nullable) keeps only the accounts of that owner, compared
     * without regard to case or surrounding spaces.
     */
    public static ProgressReport of(ProgressBook book, LocalDate asOf, ZoneId zone, Messages messages,
                                    String ownerFilter) {
        return of(book, asOf, zone, messages, ownerFilter, null, null);
    }

    /**
     * As {@link #of(ProgressBook, LocalDate, ZoneId, Messages, String)}, exported under {@code person}'s
     * name (null: the letters' sender, if any), at the book's clock's time.
     */
    public static ProgressReport of(ProgressBook book, LocalDate asOf, ZoneId zone, Messages messages,
                                    String ownerFilter, String person) {
        return of(book, asOf, zone, messages, ownerFilter, person, null);
    }

    /**
     * The same, with each evidence file's copy checked by {@code evidence} (null: files listed as
     * recorded, not checked).
     */
    public static ProgressReport of(ProgressBook book, LocalDate asOf, ZoneId zone, Messages messages,
                                    String ownerFilter, String person, EvidenceCheck evidence) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(zone, "zone");
        String filter = ownerFilter == null || ownerFilter.isBlank() ? null : ownerFilter.strip();
        CatalogTexts texts = new CatalogTexts(messages);
        Language language = messages.language();

        // One assessment, the dashboard's and `notrain status`'s: protections and actions always agree.
        Assessment assessment = Assessment.of(book, asOf, zone);
        Map<String, AccountProtection> included = new LinkedHashMap<>();
        for (AccountProtection p : assessment.accounts()) {
            String owner = p.account().owner();
            if (filter == null || (owner != null
                    && owner.strip().toLowerCase(Locale.ROOT).equals(filter.toLowerCase(Locale.ROOT)))) {
                included.put(p.account().id(), p);
            }
        }

        List<ActionLine> actions = new ArrayList<>();
        for (OpenAction action : assessment.actions()) {
            // A group may hold another owner's accounts: the line names only the report's own, and
            // speaks of the first of them.
            List<AccountProtection> covered = action.accounts().stream()
                    .map(a -> included.get(a.id())).filter(Objects::nonNull).toList();
            if (covered.isEmpty()) {
                continue;
            }
            StepProgress step = covered.get(0).next();
            List<AccountRef> refs = covered.stream().map(p -> new AccountRef(p.account().id(),
                    p.overview().platformName(), p.account().label(), p.account().owner())).toList();
            actions.add(new ActionLine(actions.size() + 1, action.urgency(), action.date(), action.why(texts),
                    step.account().id(), step.platform().name(), step.account().label(), step.account().owner(),
                    step.step().id(), texts.text(step.step().title()), refs));
        }

        Map<String, List<AccountSection>> byOwner = new LinkedHashMap<>();
        Map<String, List<AccountProtection>> protectionsByOwner = new LinkedHashMap<>();
        List<AccountSection> unowned = new ArrayList<>();
        List<AccountProtection> unownedProtections = new ArrayList<>();
        int done = 0;
        int applicable = 0;
        int refusals = 0;
        ProtectionTexts standing = new ProtectionTexts(messages);
        for (AccountProtection protection : included.values()) {
            AccountOverview overview = protection.overview();
            Account account = overview.account();
            List<StepLine> steps = overview.steps().stream()
                    .map(s -> stepLine(s, messages, zone, language, evidence)).toList();
            List<HistoryLine> lines = new ArrayList<>(book.history(account.id()).stream()
                    .map(c -> new HistoryLine(day(c.at(), zone), ChangeTexts.describe(c, book, messages)))
                    .toList());
            Collections.reverse(lines);         // oldest first, as a record reads
            StepProgress next = protection.next();
            AccountSection section = new AccountSection(account.id(), account.platformId(), overview.platformName(),
                    account.label(), account.owner(), account.group(), protection.protection(),
                    messages.label(protection.protection()), standing.standing(protection, asOf, zone),
                    protection.protectedOn(),
                    next == null ? null : new NextStep(next.step().id(), texts.text(next.step().title())),
                    overview.done(), overview.total(), steps, lines, overview.letters().stream()
                    .map(l -> new LetterLine(l.kind(), messages.label(l.kind()), l.sentOn(), l.channel(), l.reference(),
                            l.kind() == LetterKind.OBJECTION && l.answer() == null ? l.answerDue() : null,
                            l.kind() == LetterKind.REMINDER ? AnswerClock.complaintFrom(l.sentOn()) : null, l.text()))
                    .toList());
            if (account.owner() == null) {
                unowned.add(section);
                unownedProtections.add(protection);
            } else {
                byOwner.computeIfAbsent(account.owner(), o -> new ArrayList<>()).add(section);
                protectionsByOwner.computeIfAbsent(account.owner(), o -> new ArrayList<>()).add(protection);
            }
            done += overview.done();
            applicable += overview.total();
            refusals += (int) overview.steps().stream().filter(s -> s.situation() == Situation.REFUSED).count();
        }
        List<OwnerSection> owners = new ArrayList<>();
        byOwner.forEach((owner, accounts) -> owners.add(new OwnerSection(owner, owner,
                counts(protectionsByOwner.get(owner), messages), accounts)));
        if (!unowned.isEmpty()) {
            // A person's own accounts have no owner: they are theirs, not "nobody's".
            String personal = coverName(book.profile());
            String name = book.profile().use() == UseKind.BUSINESS ? messages.get("report.noOwner")
                    : personal != null ? personal : messages.get("report.yourAccounts");
            owners.add(new OwnerSection(null, name, counts(unownedProtections, messages), unowned));
        }

        ProtectionCounts counts = counts(List.copyOf(included.values()), messages);
        Summary summary = new Summary(counts, included.size(), done, applicable, actions.size(), refusals,
                counts.count(Protection.EXPOSED));

        Region region = book.profile().region();
        List<PlatformFacts> platforms = book.platforms().stream()
                .filter(p -> included.values().stream().anyMatch(o -> o.platform() != null
                        && o.platform().id().equals(p.id())))
                .map(p -> facts(p, region, asOf, texts))
                .toList();

        String title = filter == null ? messages.get("report.title") : messages.get("report.titleOwner", filter);
        ProfileLine profile = new ProfileLine(region, messages.label(region), book.profile().use(),
                messages.label(book.profile().use()));
        OrganisationSection organisation = filter == null && book.tracksOrganisation()
                ? organisation(book.organisation(asOf), messages, zone) : null;
        String name = exporterName(person, book.profile());
        List<AuditLine> audit = AuditLog.of(book, included.keySet(), filter, messages);
        Cover cover = cover(book, asOf, zone, audit);
        List<TeamMember> members = TeamMember.of(book.team(), asOf, zone).stream()
                .filter(t -> filter == null || t.snapshot().isOf(filter)).toList();
        List<TeamSection> team = members.stream().map(t -> teamSection(t, messages)).toList();
        ProtectionCounts company = members.isEmpty() ? null
                : counts(TeamMember.company(List.copyOf(included.values()), members), messages);
        return new ProgressReport(messages, title, asOf, book.catalog().catalogVersion(), profile, filter, summary,
                owners, actions, platforms, messages.get("report.notice"), organisation, name, team, company, cover,
                audit);
    }

    /**
     * Whose report it is, for a company's roll-up: the name given for the export, else who signs the
     * letters, else the report's author (Settings, Report cover); null when none is known.
     */
    private static String exporterName(String person, Profile profile) {
        for (String name : java.util.Arrays.asList(person,
                profile.sender() == null ? null : profile.sender().name(), profile.author())) {
            if (name != null && !name.isBlank()) {
                return name.strip();
            }
        }
        return null;
    }

    private static OrganisationSection organisation(OrganisationProgress organisation, Messages messages,
                                                    ZoneId zone) {
        OrganisationTexts words = new OrganisationTexts(messages);
        return new OrganisationSection(words.summary(organisation), organisation.inPlace(), organisation.total(),
                organisation.measures().stream().map(m -> new MeasureLine(m.measure().id(), words.title(m),
                        m.status(), messages.label(m.status()), m.situation(), messages.label(m.situation()),
                        m.record() == null ? null : day(m.record().changedAt(), zone), m.due(), m.owner(), m.note(),
                        m.evidence())).toList());
    }

    /** A colleague's accounts as they reported them, laid out as an owner's: no history, no next step. */
    private static TeamSection teamSection(TeamMember member, Messages messages) {
        ProtectionTexts words = new ProtectionTexts(messages);
        List<AccountSection> accounts = member.snapshot().accounts().stream().map(a -> {
            List<StepLine> steps = a.steps().stream().map(s -> new StepLine(s.id(), s.title(), s.status(),
                    messages.label(s.status()), Situation.valueOf(s.status().name()), messages.label(s.status()),
                    s.changed(), s.due(), s.note(), s.evidence(), List.of())).toList();
            int done = (int) a.steps().stream().filter(s -> s.status() == StepStatus.DONE).count();
            int applicable = (int) a.steps().stream().filter(s -> s.status() != StepStatus.NOT_APPLICABLE).count();
            return new AccountSection(a.id(), a.platformId(), a.platform(), a.label(), member.person(), a.group(),
                    a.protection(), messages.label(a.protection()), words.reported(a.protection(), a.protectedOn()),
                    a.protectedOn(), null, done, applicable, steps, List.of(), List.of());
        }).toList();
        OwnerSection section = new OwnerSection(member.person(), member.person(),
                counts(member.tally(), messages), accounts);
        return new TeamSection(member.person(), member.reportedOn(), member.ageInDays(), member.stale(),
                words.reportedBy(member), words.staleWarning(member), section);
    }

    static ProtectionCounts counts(ProtectionTally tally, Messages messages) {
        return new ProtectionCounts(tally.protectedCount(), tally.concerned(), tally.counts(),
                new ProtectionTexts(messages).headline(tally));
    }

    /** The organisation, else the author, else who signs the letters; null when none is known. */
    private static String coverName(Profile p) {
        return p.organisation() != null ? p.organisation() : p.author() != null ? p.author()
                : p.sender() != null ? p.sender().name() : null;
    }

    private static Cover cover(ProgressBook book, LocalDate asOf, ZoneId zone, List<AuditLine> audit) {
        Profile p = book.profile();
        LocalDate guides = book.catalog().guidesDate();
        boolean known = guides != null && !guides.equals(LocalDate.MIN);
        return new Cover(coverName(p), p.organisation(), p.author(), book.now(), zone,
                audit.isEmpty() ? null : day(audit.get(0).at(), zone), known ? guides : null,
                known && new GuidesAge(guides, asOf).old());
    }

    /** The counts of these accounts and their headline. */
    static ProtectionCounts counts(List<AccountProtection> accounts, Messages messages) {
        return new ProtectionCounts(Assessment.protectedCount(accounts), Assessment.concerned(accounts),
                Assessment.counts(accounts), new ProtectionTexts(messages).headline(accounts));
    }

    private static StepLine stepLine(StepProgress step, Messages messages, ZoneId zone, Language language,
                                     EvidenceCheck evidence) {
        StepStatus status = step.record() == null ? StepStatus.TODO : step.record().status();
        NotApplicableReason reason = step.notApplicableReason();
        String situation = reason == null ? messages.label(step.situation())
                : messages.get("report.situationBecause", messages.label(step.situation()), messages.label(reason));
        LocalDate changed = step.record() == null ? null : day(step.record().changedAt(), zone);
        return new StepLine(step.step().id(), step.step().title().in(language), status, messages.label(status),
                step.situation(), situation, changed, step.due(),
                step.record() == null ? null : step.record().note(),
                step.record() == null ? null : step.record().evidence(),
                step.record() == null ? List.of() : step.record().evidenceFiles().stream()
                        .map(f -> evidenceLine(f, evidence, messages, zone)).toList());
    }

    private static EvidenceLine evidenceLine(EvidenceFile file, EvidenceCheck evidence, Messages messages,
                                             ZoneId zone) {
        EvidenceState state = evidence == null ? null : evidence.check(file);
        return new EvidenceLine(file.originalName(), file.storedName(), file.sha256(), file.size(),
                day(file.attachedAt(), zone), state, state == null ? null : messages.label(state));
    }

    private static PlatformFacts facts(Platform platform, Region region, LocalDate asOf, CatalogTexts texts) {
        List<DateLine> dates = platform.dates().stream()
                .filter(d -> d.appliesTo(region))
                .sorted(Comparator.comparing((KeyDate d) -> d.date().day()))
                .map(d -> new DateLine(d.id(), d.kind(), d.date().toString(), texts.date(d.date()),
                        texts.text(d.label()), texts.outlook(d, platform.optOut(), asOf), d.uncertain()))
                .toList();
        List<SourceLine> sources = platform.sources().stream()
                .map(s -> new SourceLine(s.publisher(), s.title(), s.published(), s.url()))
                .toList();
        return new PlatformFacts(platform.id(), platform.name(), dates, sources);
    }

    /**
     * The day of an instant in the zone. An {@link Instant} reaches a billion years, a
     * {@link LocalDate} only 999,999,999: a time beyond (a damaged or hostile file kept in memory)
     * is shown as the first or last day there is rather than failing the whole report.
     */
    static LocalDate day(Instant at, ZoneId zone) {
        return localTime(at, zone).toLocalDate();
    }

    private static LocalDateTime localTime(Instant at, ZoneId zone) {
        try {
            return LocalDateTime.ofInstant(at, zone);
        } catch (java.time.DateTimeException e) {
            return at.isBefore(Instant.EPOCH) ? LocalDateTime.MIN : LocalDateTime.MAX;
        }
    }
}
