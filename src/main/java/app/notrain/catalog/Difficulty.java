package app.notrain.catalog;

/** How hard it is to refuse, for planning. */
public enum Difficulty {
    EASY,
    MEDIUM,
    HARD,
    IMPOSSIBLE
}
