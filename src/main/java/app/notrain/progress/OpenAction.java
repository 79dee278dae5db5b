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
 * {@code letter}: the letter the action asks for (the reminder, the complaint), null when the
 * action is the step itself; the window then offers "Write my objection" rather than the step.
 */
public record OpenAction(Urgency urgency, StepProgress step, LocalDate date, boolean monthOnly,
                         List<Account> accounts, AccountProtection protection, LetterKind letter) {

    public OpenAction {
        accounts = List.copyOf(accounts);
    }

    public OpenAction(Urgency urgency, StepProgress step, LocalDate date, boolean monthOnly, List<Account> accounts,
                      AccountProtection protection) {
        this(urgency, step, date, monthOnly, accounts, protection, null);
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
        if (urgency == Urgency.ANSWER_OVERDUE || urgency == Urgency.COMPLAINT_DUE) {
            // "No answer from Meta since 2 March 2026: send the reminder"
            return texts.messages().get("urgency.dated." + urgency.name(), when, step.platform().company());
        }
        return texts.messages().get("urgency.dated." + urgency.name(), when);
    }
}
