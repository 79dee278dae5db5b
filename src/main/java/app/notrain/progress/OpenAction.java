package app.notrain.progress;

import app.notrain.catalog.CatalogTexts;
import app.notrain.catalog.FactDate;
import java.time.LocalDate;

/**
 * One thing to do, with why it is urgent and the date that makes it so: the training start
 * (EXPOSED, UPCOMING), the end of the wait, the refusal, or the re-check date; null for OPEN.
 * {@code monthOnly}: the source gives only the month of that date ("around July 2024").
 */
public record OpenAction(Urgency urgency, StepProgress step, LocalDate date, boolean monthOnly) {

    public OpenAction(Urgency urgency, StepProgress step, LocalDate date) {
        this(urgency, step, date, false);
    }

    /** Why it is urgent, with its date, in words: "Exposed: training began on 27 May 2025". */
    public String why(CatalogTexts texts) {
        if (date == null) {
            return texts.messages().label(urgency);
        }
        // Training starts read "on 27 May 2025" or "around July 2024"; other dates are always days.
        String when = urgency == Urgency.EXPOSED || urgency == Urgency.UPCOMING
                ? texts.when(new FactDate(date, monthOnly)) : texts.date(date);
        return texts.messages().get("urgency.dated." + urgency.name(), when);
    }
}
