package app.notrain.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every user-visible string of the app and the command line, read from
 * {@code app/notrain/i18n/messages*.properties}. Keys are namespaced by screen
 * ({@code platform.openLink}); enum constants have keys of their own, see {@link #label(Enum)}.
 */
public final class Messages {
    static final String BUNDLE = "app.notrain.i18n.messages";

    private final Language language;
    private final ResourceBundle bundle;

    private Messages(Language language) {
        this.language = language;
        this.bundle = bundle(language);
    }

    /** The bundle itself, for libraries that read it (picocli's help). */
    public static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(), NoFallback.CONTROL);
    }

    public static Messages of(Language language) {
        return new Messages(language);
    }

    public Language language() {
        return language;
    }

    public Locale locale() {
        return language.locale();
    }

    /** The text for {@code key}, with {@code {0}}-style placeholders filled in. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No message for key '" + key + "'", e);
        }
        // Always formatted, so the bundles follow one quoting rule (MessageFormat's) everywhere.
        return new MessageFormat(pattern, language.locale()).format(args);
    }

    /** The label of an enum constant: key {@code enum.SimpleName.CONSTANT}. */
    public String label(Enum<?> constant) {
        return get(enumKey(constant));
    }

    public static String enumKey(Enum<?> constant) {
        return "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
    }

    /** English is the base bundle: a French lookup must not fall back to the JVM's default locale. */
    private static final class NoFallback extends ResourceBundle.Control {
        static final NoFallback CONTROL = new NoFallback();

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }
    }
}
