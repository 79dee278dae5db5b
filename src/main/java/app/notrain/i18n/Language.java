package app.notrain.i18n;

import java.util.Locale;

/** The languages NoTrain speaks. Catalog texts and resource bundles exist in each. */
public enum Language {
    // British English and metropolitan French: dates read "27 May 2025" and "27 mai 2025".
    EN(Locale.UK),
    FR(Locale.FRANCE);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return locale.getLanguage();
    }

    /** French when the locale's language is French, English otherwise. */
    public static Language of(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? FR : EN;
    }

    public static Language fromSystem() {
        return of(Locale.getDefault(Locale.Category.DISPLAY));
    }
}
