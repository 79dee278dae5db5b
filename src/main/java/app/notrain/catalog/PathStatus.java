package app.notrain.catalog;

import com.google.gson.annotations.SerializedName;

/**
 * How sure the guides are that a settings path or link is where they say. Users of opt-out lists
 * complain that paths rot: the status tells them how much to trust the breadcrumb before they
 * follow it (docs/catalog-format.md, "Path status").
 */
public enum PathStatus {
    /** Seen in a primary source (the platform's own help or policy) or in the live app, on a known day. */
    @SerializedName(value = "verified", alternate = "VERIFIED")
    VERIFIED,
    /** Only secondary sources (press, guides) describe it. */
    @SerializedName(value = "reported", alternate = "REPORTED")
    REPORTED,
    /** Known to have moved or been renamed: the guide says what to look for instead. */
    @SerializedName(value = "outdated", alternate = "OUTDATED")
    OUTDATED
}
