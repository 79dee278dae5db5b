package app.notrain.store;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The dates of a store, read and written fast (a store of 100,000 accounts holds about a million)
 * and kept within years every export can show: 1000 to 9999. A file with a date outside that range
 * (year +1000000000) is damaged, not something to crash a report on later.
 */
final class StoreDates {
    static final int FIRST_YEAR = 1000;
    static final int LAST_YEAR = 9999;
    private static final long FIRST_SECOND = LocalDate.of(FIRST_YEAR, 1, 1).toEpochDay() * 86_400L;
    private static final long END_SECOND = LocalDate.of(LAST_YEAR + 1, 1, 1).toEpochDay() * 86_400L;

    private StoreDates() {
    }

    /** The instant of {@code text}; throws {@link DateTimeParseException} when it is not ISO-8601 UTC. */
    static Instant parseInstant(String text) {
        // The form NoTrain writes: 2026-11-22T10:00:00Z, perhaps with a fraction of a second.
        int n = text.length();
        if (n >= 20 && n <= 30 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(n - 1) == 'Z') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int second = digits(text, 17, 19);
            int nanos = 0;
            boolean ok = year >= 0 && month >= 0 && day >= 0 && hour >= 0 && hour < 24 && minute >= 0 && minute < 60
                    && second >= 0 && second < 60;
            if (ok && n > 20) {
                ok = text.charAt(19) == '.' && n > 21;
                int fraction = ok ? digits(text, 20, n - 1) : -1;
                ok = fraction >= 0;
                if (ok) {
                    nanos = fraction;
                    for (int i = n - 1 - 20; i < 9; i++) {
                        nanos *= 10;
                    }
                }
            } else if (ok) {
                ok = text.charAt(19) == 'Z';
            }
            if (ok) {
                try {
                    long day0 = LocalDate.of(year, month, day).toEpochDay();
                    return Instant.ofEpochSecond(day0 * 86_400L + hour * 3600L + minute * 60L + second, nanos);
                } catch (DateTimeException impossibleDay) {
                    // 2026-02-30: let the standard parser say so
                }
            }
        }
        return Instant.parse(text);
    }

    static LocalDate parseDate(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                try {
                    return LocalDate.of(year, month, day);
                } catch (DateTimeException impossibleDay) {
                    // fall through to the standard parser's message
                }
            }
        }
        return LocalDate.parse(text);
    }

    static boolean inRange(Instant instant) {
        return instant.getEpochSecond() >= FIRST_SECOND && instant.getEpochSecond() < END_SECOND;
    }

    static boolean inRange(LocalDate date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }

    /** Same text as {@link Instant#toString()} for the years in range, without a formatter. */
    static String format(Instant instant) {
        if (!inRange(instant)) {
            return instant.toString();
        }
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        StringBuilder out = new StringBuilder(30);
        pad(out, t.getYear(), 4).append('-');
        pad(out, t.getMonthValue(), 2).append('-');
        pad(out, t.getDayOfMonth(), 2).append('T');
        pad(out, t.getHour(), 2).append(':');
        pad(out, t.getMinute(), 2).append(':');
        pad(out, t.getSecond(), 2);
        int nanos = instant.getNano();
        if (nanos != 0) {
            out.append('.');
            if (nanos % 1_000_000 == 0) {
                pad(out, nanos / 1_000_000, 3);
            } else if (nanos % 1000 == 0) {
                pad(out, nanos / 1000, 6);
            } else {
                pad(out, nanos, 9);
            }
        }
        return out.append('Z').toString();
    }

    private static StringBuilder pad(StringBuilder out, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(digits);
    }

    /** The number written in {@code text[from, to)}, or -1 when it is not all ASCII digits. */
    private static int digits(String text, int from, int to) {
        if (to - from > 9) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
