package app.notrain.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A colleague's progress as their NoTrain reported it (docs/team.md): read from the JSON report they
 * exported, kept read-only in the progress file, replaced whole by a newer report of the same person.
 * It does not change with time: what it says is what their NoTrain said on the day of the export.
 *
 * @param person         whose report it is (the name they export under); one snapshot per person
 * @param exportedAt     when their NoTrain wrote the report: a newer report replaces an older one
 * @param asOf           the day the report was computed for
 * @param catalogVersion the version of the guides their NoTrain used
 * @param catalogDate    the date of those guides, or null when the report does not say
 * @param importedAt     when this NoTrain imported it
 * @param accounts       their accounts, in the report's order
 */
public record TeamSnapshot(String person, Instant exportedAt, LocalDate asOf, String catalogVersion,
                           LocalDate catalogDate, Instant importedAt, List<TeamAccount> accounts) {

    public TeamSnapshot {
        accounts = List.copyOf(Objects.requireNonNull(accounts, "no \"accounts\""));
    }

    /** One account as reported: its protection on the report's day and its steps. */
    public record TeamAccount(String id, String platformId, String platform, String label, String group,
                              Protection protection, LocalDate protectedOn, List<TeamStep> steps) {
        public TeamAccount {
            steps = List.copyOf(Objects.requireNonNull(steps, "an account has no \"steps\""));
        }
    }

    /** One step as reported: the recorded status, its day, the end of a wait or the re-check date. */
    public record TeamStep(String id, String title, StepStatus status, LocalDate changed, LocalDate due, String note,
                           String evidence) {
    }

    /** Whether this snapshot is {@code name}'s: names are compared without regard to case or outer spaces. */
    public boolean isOf(String name) {
        return personKey(person).equals(personKey(name));
    }

    /** The day the report was written, in {@code zone}. */
    public LocalDate reportedOn(ZoneId zone) {
        return LocalDate.ofInstant(exportedAt, zone);
    }

    /** Days from the export to {@code today}. */
    public long ageInDays(LocalDate today, ZoneId zone) {
        return ChronoUnit.DAYS.between(reportedOn(zone), today);
    }

    /** A person's name as names are compared: without case or outer spaces. */
    public static String personKey(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }
}
