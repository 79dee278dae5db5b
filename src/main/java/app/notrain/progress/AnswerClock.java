package app.notrain.progress;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * When a controller's answer to a GDPR request is due: one month after it received the request
 * (Art. 12(3) GDPR), or three months when it extended the time limit by two further months.
 * Months are counted as Regulation (EEC, Euratom) No 1182/71 counts them, which the EDPB applies
 * to the GDPR's time limits: the period ends on the same date in the last month, or on that
 * month's last day when it has no such date, moved to the next working day when it ends on a
 * Saturday or a Sunday (Art. 3(2)(c) and 3(4)). Public holidays differ by country and are not
 * counted: the date may be a day early for them, never late. Why not 30 days: "one month" from
 * 31 January is 28 February (here 2 March 2026, a Monday), from 10 March is 10 April.
 */
public final class AnswerClock {
    /** Art. 12(3): one month, extendable "by two further months". */
    public static final int MONTHS = 1;
    public static final int EXTENDED_MONTHS = 3;
    /** How long after a reminder the app proposes the complaint, in days. */
    public static final int COMPLAINT_AFTER_REMINDER_DAYS = 14;

    private AnswerClock() {
    }

    /** The answer's due date for a request sent (and taken as received) on {@code sent}. */
    public static LocalDate due(LocalDate sent, boolean extended) {
        return plusMonths(sent, extended ? EXTENDED_MONTHS : MONTHS);
    }

    /**
     * The end of a period of {@code months} months starting on {@code start}: the same date in the
     * last month, else its last day ({@link LocalDate#plusMonths} clamps exactly so), then the
     * next working day when that falls on a weekend.
     */
    public static LocalDate plusMonths(LocalDate start, int months) {
        if (months < 0) {
            throw new IllegalArgumentException("a period counts forward: " + months + " months");
        }
        return nextWorkingDay(start.plusMonths(months));
    }

    /** The day itself when it is a weekday, else the Monday after. */
    static LocalDate nextWorkingDay(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d == DayOfWeek.SATURDAY ? day.plusDays(2) : d == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
    }

    /** The day from which the complaint is proposed, after a reminder sent on {@code reminded}. */
    public static LocalDate complaintFrom(LocalDate reminded) {
        return reminded.plusDays(COMPLAINT_AFTER_REMINDER_DAYS);
    }
}
