package app.notrain.cli;

/**
 * A command whose usage description is a message in the bundles. Each command names its key as a
 * literal, so nested commands ({@code account add}) cannot collide with top-level ones and
 * {@code MessageBundlesTest} checks that every key exists in both languages.
 */
interface DescribedCommand {
    String descriptionKey();
}
