package app.notrain.progress;

import app.notrain.catalog.GuideChangeKind;
import app.notrain.catalog.Platform;
import app.notrain.catalog.Step;

/**
 * One change of the guides that concerns one of the user's accounts: a step added, a path moved,
 * a step whose instructions changed, a platform that now trains. {@code step} is null for a
 * platform-wide change; {@code recheck} is true when the user had done the step under the old
 * text, so the step is now due for a re-check.
 */
public record GuideUpdate(Account account, Platform platform, GuideChangeKind kind, Step step, boolean recheck) {
}
