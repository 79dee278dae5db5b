package app.notrain.store;

import java.io.IOException;

/**
 * Well-formed JSON that is not a store this NoTrain can use: a field of the wrong kind, a missing
 * or impossible value, a bad id. The message is already in plain words and says where and how to fix.
 */
final class ContentProblem extends IOException {
    ContentProblem(String message) {
        super(message);
    }
}
