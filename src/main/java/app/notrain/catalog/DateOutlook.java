package app.notrain.catalog;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Where a key date stands as of a given day: ahead (in {@code days}), today, or behind ({@code days} ago). */
public record DateOutlook(Phase phase, long days) {

    public enum Phase {
        AHEAD,
        TODAY,
        PASSED
    }

    public static DateOutlook of(FactDate date, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, date.day());
        if (date.monthOnly() && today.getYear() == date.day().getYear()
                && today.getMonth() == date.day().getMonth()) {
            return new DateOutlook(Phase.TODAY, 0);
        }
        if (days > 0) {
            return new DateOutlook(Phase.AHEAD, days);
        }
        return days == 0 ? new DateOutlook(Phase.TODAY, 0) : new DateOutlook(Phase.PASSED, -days);
    }
}
