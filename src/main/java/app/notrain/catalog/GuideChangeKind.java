package app.notrain.catalog;

/** What one entry of the guides' changelog did to a platform's guide. */
public enum GuideChangeKind {
    PLATFORM_ADDED,
    STEP_ADDED,
    STEP_CHANGED,
    STEP_REMOVED,
    PATH_MOVED,
    NOW_TRAINS,
    FACTS_UPDATED,
    NOT_VERIFIED
}
