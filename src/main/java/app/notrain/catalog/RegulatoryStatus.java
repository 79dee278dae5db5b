package app.notrain.catalog;

/** Where a regulatory or court action stands, so that a proposal is never read as law. */
public enum RegulatoryStatus {
    /** Law that applies now. */
    IN_FORCE,
    /** Put forward, not adopted: it changes nothing yet. */
    PROPOSED,
    /** A court or an authority has ruled or stated its view; it may be appealed. */
    DECIDED,
    /** An inquiry or a case that is still open. */
    ONGOING
}
