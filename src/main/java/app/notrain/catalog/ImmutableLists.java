package app.notrain.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Read-only copies that keep null elements: Gson reads an unknown enum value as null, and the
 * validator must see it to report it (List.copyOf would throw instead).
 */
final class ImmutableLists {
    private ImmutableLists() {
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
