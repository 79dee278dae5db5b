package app.notrain.progress;

import app.notrain.catalog.CatalogTexts;
import app.notrain.catalog.FactDate;
import java.time.LocalDate;
import java.util.List;

/**
 * The next thing to do for one account, or for every account of an Accounts Centre group when one
 * step covers them all. {@code step} is the step of the first of those {@code accounts}, in the
 * book's order; {@code protection} is that account's. {@code date} is what makes it urgent: the
 * training start (EXPOSED, UPCOMING), the refusal, the end of the wait, or the re-check date; null
 * otherwise. {@code monthOnly}: the source gives only the month ("around July 2024").
 */
public record OpenAction(Urgency urgency, StepProgress step, LocalDate date, boolean monthOnly,
                         List<Account> accounts, AccountProtection protection) {

    public OpenAction {
        accounts = List.copyOf(accounts);
    }

    /** The first account the action covers. */
    public Account account() {
        return step.account();
    }

    /** True when one step covers several accounts (a shared Accounts Centre objection). */
    public boolean isGroup() {
        return accounts.size() > 1;
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
