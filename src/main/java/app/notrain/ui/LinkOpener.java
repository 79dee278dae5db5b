package app.notrain.ui;

/** Hands an address to the system browser. The app itself never connects anywhere. */
@FunctionalInterface
public interface LinkOpener {
    void open(String url);
}
