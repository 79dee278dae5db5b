package app.notrain.ui.platform;

import app.notrain.catalog.CatalogTexts;
import app.notrain.catalog.PathCheck;
import java.util.Locale;

/**
 * How sure the guides are of a path or a link, in words beside it: "Verified on 1 December 2026",
 * "Reported, not seen by us", or "Outdated: this path has moved", with what to look for instead.
 * {@code style} colours the badge; the words carry the meaning on their own.
 */
public record PathStatusText(String text, String lookFor, String style) {

    /** Null for a path without a status (a platform the user added). */
    static PathStatusText of(PathCheck check, CatalogTexts texts) {
        if (check == null) {
            return null;
        }
        String text = switch (check.status()) {
            case VERIFIED -> texts.messages().get("pathStatus.verifiedOn", texts.date(check.seen()));
            default -> texts.messages().label(check.status());
        };
        String lookFor = check.lookFor() == null ? null
                : texts.messages().get("pathStatus.lookFor", texts.text(check.lookFor()));
        return new PathStatusText(text, lookFor, "path-" + check.status().name().toLowerCase(Locale.ROOT));
    }
}
