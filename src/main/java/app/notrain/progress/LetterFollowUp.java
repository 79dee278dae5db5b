package app.notrain.progress;

import java.time.LocalDate;
import java.util.List;

/**
 * Where an account's letters stand on a day, and so what comes next: wait for the answer until it
 * is due, then send the reminder, then, {@value AnswerClock#COMPLAINT_AFTER_REMINDER_DAYS} days
 * after it, file the complaint (docs/letters.md). Pure: computed from the letters and the day.
 *
 * @param objection the latest objection, or null when the account has only a complaint
 * @param answerDue when the controller's answer is due (null without an objection)
 * @param reminder  the reminder sent after that objection, if any
 * @param complaint the complaint sent after that objection (or after a refusal), if any
 * @param date      what makes the stage urgent: the answer's due date, the day the complaint is
 *                  proposed, the day of the answer or of the complaint
 */
public record LetterFollowUp(Stage stage, Letter objection, LocalDate answerDue, Letter reminder, Letter complaint,
                             LocalDate date) {

    /** The stages, in the order they come. */
    public enum Stage {
        /** The month runs: the answer is due on {@code answerDue}. */
        AWAITING_ANSWER,
        /** The due date passed without an answer: send the reminder. */
        ANSWER_OVERDUE,
        /** A reminder was sent: the complaint is proposed from {@code date}. */
        REMINDED,
        /** Two weeks after the reminder, still no answer: file the complaint. */
        COMPLAINT_DUE,
        /** The controller stopped the processing. */
        ACCEPTED,
        /** The controller refused the objection: contest it with the complaint. */
        REFUSED,
        /** The complaint was filed with the supervisory authority: nothing more to send. */
        COMPLAINT_FILED
    }

    /** The follow-up of these letters (one account's, oldest first) as of {@code today}; null when none. */
    public static LetterFollowUp of(List<Letter> letters, LocalDate today) {
        Letter objection = latest(letters, LetterKind.OBJECTION, null);
        LocalDate since = objection == null ? null : objection.sentOn();
        Letter complaint = latest(letters, LetterKind.COMPLAINT, since);
        Letter reminder = objection == null ? null : latest(letters, LetterKind.REMINDER, since);
        if (objection == null) {
            return complaint == null ? null
                    : new LetterFollowUp(Stage.COMPLAINT_FILED, null, null, null, complaint, complaint.sentOn());
        }
        LocalDate due = objection.answerDue();
        if (complaint != null) {
            return new LetterFollowUp(Stage.COMPLAINT_FILED, objection, due, reminder, complaint, complaint.sentOn());
        }
        if (objection.answer() != null) {
            Stage stage = objection.answer() == LetterAnswer.ACCEPTED ? Stage.ACCEPTED : Stage.REFUSED;
            return new LetterFollowUp(stage, objection, due, reminder, null, objection.answeredOn());
        }
        if (!today.isAfter(due)) {
            return new LetterFollowUp(Stage.AWAITING_ANSWER, objection, due, reminder, null, due);
        }
        if (reminder == null) {
            return new LetterFollowUp(Stage.ANSWER_OVERDUE, objection, due, null, null, due);
        }
        LocalDate complainFrom = AnswerClock.complaintFrom(reminder.sentOn());
        Stage stage = today.isBefore(complainFrom) ? Stage.REMINDED : Stage.COMPLAINT_DUE;
        return new LetterFollowUp(stage, objection, due, reminder, null, complainFrom);
    }

    /** The letter that the user should write next at this stage, or null when none is due. */
    public LetterKind nextLetter() {
        return switch (stage) {
            case ANSWER_OVERDUE -> LetterKind.REMINDER;
            case COMPLAINT_DUE, REFUSED -> LetterKind.COMPLAINT;
            default -> null;
        };
    }

    /** The latest letter of this kind sent on or after {@code since} (any day when null). */
    private static Letter latest(List<Letter> letters, LetterKind kind, LocalDate since) {
        Letter found = null;
        for (Letter l : letters) {
            if (l.kind() == kind && (since == null || !l.sentOn().isBefore(since))
                    && (found == null || !l.sentOn().isBefore(found.sentOn()))) {
                found = l;
            }
        }
        return found;
    }
}
