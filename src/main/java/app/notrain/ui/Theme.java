package app.notrain.ui;

public enum Theme {
    LIGHT,
    DARK
}
