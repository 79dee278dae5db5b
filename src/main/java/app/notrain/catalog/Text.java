package app.notrain.catalog;

import app.notrain.i18n.Language;

/** A catalog text in every language the app speaks. */
public record Text(String en, String fr) {
    public String in(Language language) {
        return language == Language.FR ? fr : en;
    }
}
