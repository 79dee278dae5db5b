package app.notrain.progress;

import java.time.LocalDate;

/**
 * A letter the user sent, kept as evidence: what was sent (the full text), when, how, and what
 * came of it. The sent date starts the controller's clock ({@link AnswerClock}).
 *
 * @param channel    how it was sent, in the user's words ("web form", "e-mail", "registered post")
 * @param reference  a case number or tracking number, when there is one
 * @param language   the letter's language code ({@code en}, {@code fr})
 * @param extendedOn the day the controller said it extends the time limit by two months (objections)
 * @param answeredOn the day of the controller's answer, with {@code answer} (objections)
 */
public record Letter(String accountId, LetterKind kind, LocalDate sentOn, String channel, String reference,
                     String language, String text, LocalDate extendedOn, LocalDate answeredOn,
                     LetterAnswer answer) {

    /** The answer's due date: one month after sending, three when the controller extended it. */
    public LocalDate answerDue() {
        return AnswerClock.due(sentOn, extendedOn != null);
    }

    public Letter withExtension(LocalDate day) {
        return new Letter(accountId, kind, sentOn, channel, reference, language, text, day, answeredOn, answer);
    }

    public Letter withAnswer(LocalDate day, LetterAnswer newAnswer) {
        return new Letter(accountId, kind, sentOn, channel, reference, language, text, extendedOn, day, newAnswer);
    }
}
