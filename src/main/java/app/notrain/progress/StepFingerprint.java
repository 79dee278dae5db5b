package app.notrain.progress;

import app.notrain.catalog.CatalogJson;
import app.notrain.catalog.Step;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A short digest of what a step asks the user to do (title, detail, path, link): when a newer
 * catalog changes that, the step is re-checked. Sources and dates of checking do not count.
 */
final class StepFingerprint {
    /**
     * Computed once per step object: every assessment compares the fingerprint of every done step,
     * thousands of times at a business's scale. By identity, since a record's hash would walk its
     * texts; catalogs are few and long-lived, and the cache is emptied if it ever grows large.
     */
    private static final Map<Step, String> CACHE = Collections.synchronizedMap(new IdentityHashMap<>());
    private static final int CACHE_LIMIT = 10_000;

    private StepFingerprint() {
    }

    static String of(Step step) {
        String cached = CACHE.get(step);
        if (cached != null) {
            return cached;
        }
        if (CACHE.size() > CACHE_LIMIT) {
            CACHE.clear();
        }
        String computed = compute(step);
        CACHE.put(step, computed);
        return computed;
    }

    private static String compute(Step step) {
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
