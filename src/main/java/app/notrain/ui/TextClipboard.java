package app.notrain.ui;

/** Where "copy" puts text: the system clipboard in the app. */
@FunctionalInterface
public interface TextClipboard {
    void put(String text);
}
