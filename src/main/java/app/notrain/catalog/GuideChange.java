package app.notrain.catalog;

import java.time.LocalDate;

/**
 * One line of the guides' dated changelog (changelog.json, mirrored in docs/guides-changelog.md):
 * what a verification pass changed in one platform's guide and why. {@code step} names the step
 * concerned, when there is one.
 */
public record GuideChange(LocalDate date, String platform, GuideChangeKind kind, String step, Text text) {
}
