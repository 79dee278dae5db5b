package app.notrain.catalog;

import java.time.LocalDate;
import java.time.Period;

/**
 * How old the guides are on a given day. A guide that was right a year ago and is wrong today
 * does harm (the user believes they are protected), so past {@link #MAX_MONTHS} months the app
 * says so plainly and explains how to import newer guides.
 */
public record GuidesAge(LocalDate guidesDate, LocalDate today) {
    public static final int MAX_MONTHS = 6;

    public static GuidesAge of(Catalog catalog, LocalDate today) {
        return new GuidesAge(catalog.guidesDate(), today);
    }

    /** More than six months between the guides' date and today. */
    public boolean old() {
        return guidesDate.plusMonths(MAX_MONTHS).isBefore(today);
    }

    /** Whole months since the guides' date (0 when the date is today or later). */
    public int months() {
        return today.isBefore(guidesDate) ? 0 : (int) Period.between(guidesDate, today).toTotalMonths();
    }
}
