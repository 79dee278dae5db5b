package app.notrain.catalog;

/** Where a settings path applies. {@code APP} is the iOS and Android app alike. */
public enum Device {
    ALL,
    WEB,
    APP,
    IOS,
    ANDROID
}
