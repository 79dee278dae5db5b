package app.notrain.catalog;

import app.notrain.i18n.Language;
import java.util.List;

/** The labels a user follows through a platform's interface, one per screen, per language. */
public record Breadcrumb(List<String> en, List<String> fr) {
    public Breadcrumb {
        en = ImmutableLists.copy(en);
        fr = ImmutableLists.copy(fr);
    }

    public List<String> in(Language language) {
        return language == Language.FR ? fr : en;
    }
}
