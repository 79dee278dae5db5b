package app.notrain.progress;

/**
 * Whether an account is kept out of AI training, as of a day (docs/ranking.md). Only the
 * platform's required refuse steps decide it; preparation, proof and optional steps never make an
 * account exposed. The names are part of {@code notrain status --json}: rename none.
 */
public enum Protection {
    /** Training has started for this user's region and age, and the refusal is not done. */
    EXPOSED,
    /** Training starts on a later date: refusing before it also covers what is already published. */
    NOT_YET,
    /** The platform turned the refusal down: the next step is to contest it. */
    REFUSED_BY_PLATFORM,
    /** The refusal was sent and the platform has yet to confirm it (an e-mail, a 30-day deletion). */
    PENDING,
    /** Protected, but the re-check interval passed or the guides changed the refuse step. */
    RECHECK_DUE,
    /** Every required refuse step is done. */
    PROTECTED,
    /** The platform offers this user no refusal: only mitigations reduce what is exposed. */
    NO_REFUSAL,
    /** No training concerns this user here: the platform does not train, or not on their region or age. */
    NOT_CONCERNED,
    /** The account's platform is no longer in the guides, so nothing can be said. */
    UNKNOWN;

    /** Refused and holding: protected, or protected with a re-check due. */
    public boolean isProtected() {
        return this == PROTECTED || this == RECHECK_DUE;
    }
}
