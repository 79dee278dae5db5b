package app.notrain.progress;

/** Why a next action is on the list, most urgent first (the order of the constants; docs/ranking.md). */
public enum Urgency {
    /** Training has begun for this account and its refusal is not done. */
    EXPOSED,
    /** Training begins on a known date: refusing before it also covers what was already published. */
    UPCOMING,
    /** The platform refused: the user may contest it, or complain to the data protection authority. */
    REFUSED,
    /** The month for the answer to an objection letter passed without one: send the reminder. */
    ANSWER_OVERDUE,
    /** Two weeks after the reminder, still no answer: file the complaint with the authority. */
    COMPLAINT_DUE,
    /** A wait has ended with no answer yet: check the deletion happened, or follow up. */
    WAIT_OVER,
    /** A refusal is due for a re-check (its interval passed, or the guide changed). */
    RECHECK_DUE,
    /** Protected or waiting: keep the confirmation. */
    PROOF,
    /** Reduce what is exposed: the only lever where there is no refusal, a bonus elsewhere. */
    MITIGATION,
    /** Anything else, e.g. re-reading the policy of a platform that does not train. */
    OPEN
}
