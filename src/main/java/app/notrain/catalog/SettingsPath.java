package app.notrain.catalog;

public record SettingsPath(Device device, Breadcrumb path) {
}
