package app.notrain.progress;

import app.notrain.i18n.Messages;

/**
 * Why a letter cannot be written yet, with what to do about it ({@code letter.problem.*} in the
 * bundles): the window shows it beside the field to fill, the command line exits 2 with it.
 */
public final class LetterException extends Exception {
    /** What is missing. */
    public enum Problem {
        /** An Art. 21(1) objection needs grounds relating to the user's particular situation. */
        GROUNDS_MISSING,
        /** Who signs: a name and a postal address. */
        SENDER_MISSING,
        /** The platform has no controller in the catalog, or the GDPR does not apply to the user. */
        NOT_OFFERED,
        /** A reminder or a complaint cites an objection: none was recorded as sent. */
        NO_OBJECTION_SENT
    }

    private final Problem problem;

    public LetterException(Problem problem) {
        super(problem.name());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** The problem and its fix, in the user's language. */
    public String describe(Messages messages) {
        return messages.get("letter.problem." + problem.name());
    }
}
