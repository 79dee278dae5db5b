package app.notrain.ui.platform;

import app.notrain.store.EvidenceFolder;
import app.notrain.ui.BackgroundWork;
import java.time.Clock;

/**
 * What attaching evidence files needs: the store's evidence folder, a worker that copies and checks
 * off the JavaFX thread, and the clock that dates an attachment.
 */
public record EvidenceAccess(EvidenceFolder folder, BackgroundWork work, Clock clock) {
}
