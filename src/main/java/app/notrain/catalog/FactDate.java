package app.notrain.catalog;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * A date as precise as its source: a day, or only a month ("around September 2024").
 * A month-only date counts from its first day.
 */
public record FactDate(LocalDate day, boolean monthOnly) {

    public static FactDate parse(String text) {
        try {
            if (text.length() == 7) {
                return new FactDate(YearMonth.parse(text).atDay(1), true);
            }
            return new FactDate(LocalDate.parse(text), false);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date (YYYY-MM-DD or YYYY-MM)", e);
        }
    }

    @Override
    public String toString() {
        return monthOnly ? YearMonth.from(day).toString() : day.toString();
    }
}
