package app.notrain.catalog;

import java.util.List;

/** A catalog that cannot be used, with every problem found, each naming where it is. */
public class CatalogException extends Exception {
    private final List<String> problems;

    public CatalogException(String origin, List<String> problems) {
        super(origin + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
