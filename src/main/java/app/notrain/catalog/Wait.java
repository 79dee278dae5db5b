package app.notrain.catalog;

/** A step that ends in a wait of about {@code days} days. */
public record Wait(WaitKind kind, int days) {
}
