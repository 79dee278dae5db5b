package app.notrain.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** One month as Regulation 1182/71 counts it: same date, else the month's last day, then a working day. */
class AnswerClockTest {

    @Test
    void sentOnTheLastDayOfJanuary2026TheAnswerIsDueOnMondaySecondOfMarch() {
        LocalDate due = AnswerClock.due(LocalDate.of(2026, 1, 31), false);

        assertThat(due).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(due.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    }

    @Test
    void sentOnTheTenthOfMarch2026TheAnswerIsDueOnFridayTenthOfApril() {
        LocalDate due = AnswerClock.due(LocalDate.of(2026, 3, 10), false);

        assertThat(due).isEqualTo(LocalDate.of(2026, 4, 10));
        assertThat(due.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
    }

    @ParameterizedTest(name = "sent {0}, due {1}")
    @CsvSource({
            // A month without the date: its last day (a weekday here).
            "2025-01-31, 2025-02-28",   // Friday
            "2026-03-31, 2026-04-30",   // Thursday
            "2026-08-31, 2026-09-30",   // Wednesday
            // Leap years: 29 February exists in 2028, not in 2027; 29 Feb + 1 month is 29 March.
            "2028-01-31, 2028-02-29",   // Tuesday
            "2028-01-30, 2028-02-29",   // Tuesday
            "2027-01-29, 2027-03-01",   // 28 Feb 2027 is a Sunday, so Monday 1 March
            "2028-02-29, 2028-03-29",   // Wednesday
            // Weekends: Saturday and Sunday move to the Monday.
            "2026-01-10, 2026-02-10",   // Tuesday, no move
            "2026-04-16, 2026-05-18",   // 16 May 2026 is a Saturday: Monday 18 May
            "2026-04-11, 2026-05-11",   // Monday, no move
            "2026-09-12, 2026-10-12",   // Monday
            "2026-10-17, 2026-11-17",   // Tuesday
            "2026-09-05, 2026-10-05",   // Monday
            "2026-10-31, 2026-11-30",   // Monday (30 November)
            "2026-06-13, 2026-07-13",   // Monday
            "2026-07-12, 2026-08-12",   // Wednesday
            "2026-02-28, 2026-03-30",   // 28 March 2026 is a Saturday: Monday 30 March
            "2026-04-26, 2026-05-26",   // Tuesday
            "2026-05-31, 2026-06-30",   // Tuesday
            "2026-12-31, 2027-02-01",   // 31 Jan 2027 is a Sunday: Monday 1 February
            // Across the year end.
            "2026-12-01, 2027-01-01",   // Friday (a public holiday, not counted: see the class comment)
    })
    void oneMonthLater(LocalDate sent, LocalDate due) {
        assertThat(AnswerClock.due(sent, false)).isEqualTo(due);
        assertThat(due.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    }

    @Test
    void anExtensionMakesItThreeMonthsFromSendingNotTwoMonthsFromTheShiftedDate() {
        // 31 Jan 2026 + 3 months = 30 April 2026 (Thursday); 2 March + 2 months would be 2 May (a Saturday).
        assertThat(AnswerClock.due(LocalDate.of(2026, 1, 31), true)).isEqualTo(LocalDate.of(2026, 4, 30));
        // 10 March 2026 + 3 months = 10 June 2026, a Wednesday.
        assertThat(AnswerClock.due(LocalDate.of(2026, 3, 10), true)).isEqualTo(LocalDate.of(2026, 6, 10));
        assertThat(AnswerClock.due(LocalDate.of(2026, 2, 14), true)).isEqualTo(LocalDate.of(2026, 5, 14));
        // Ends on Saturday 16 May 2026: moves to Monday 18 May.
        assertThat(AnswerClock.due(LocalDate.of(2026, 2, 16), true)).isEqualTo(LocalDate.of(2026, 5, 18));
    }

    @Test
    void theComplaintIsProposedFourteenDaysAfterTheReminder() {
        assertThat(AnswerClock.complaintFrom(LocalDate.of(2026, 3, 3))).isEqualTo(LocalDate.of(2026, 3, 17));
    }

    @Test
    void aPeriodCountsForward() {
        assertThatThrownBy(() -> AnswerClock.plusMonths(LocalDate.of(2026, 1, 1), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
