package app.notrain.progress;

import app.notrain.catalog.CatalogJson;
import app.notrain.catalog.Step;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A short digest of what a step asks the user to do (title, detail, path, link): when a newer
 * catalog changes that, the step is re-checked. Sources and dates of checking do not count.
 */
final class StepFingerprint {
    private StepFingerprint() {
    }

    static String of(Step step) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(CatalogJson.gson().toJson(new Object[] {step.title(), step.detail(), step.path(), step.url()})
                            .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
