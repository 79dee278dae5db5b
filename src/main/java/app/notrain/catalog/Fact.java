package app.notrain.catalog;

import java.time.LocalDate;
import java.util.List;

/** A catalog statement that cites its sources and may be marked uncertain by the research. */
public interface Fact {
    List<String> sources();

    boolean uncertain();

    /** When this fact was last checked against its sources; null means the platform's date. */
    LocalDate checked();
}
