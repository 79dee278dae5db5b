package app.notrain.catalog;

/** Where a fact comes from. {@code published} is YYYY, YYYY-MM or YYYY-MM-DD, or null when undated. */
public record Source(String id, String publisher, String title, String url, String published) {
}
