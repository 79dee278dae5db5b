package app.notrain.ui;

import app.notrain.i18n.Messages;
import app.notrain.store.StoreComparison;
import java.util.ArrayList;
import java.util.List;

/** A {@link StoreComparison} in a few sentences, for choosing which version to keep. */
final class ComparisonText {
    /** Accounts named before the rest are counted, so a long list stays readable. */
    private static final int NAMED = 5;

    private ComparisonText() {
    }

    static String of(StoreComparison c, Messages m) {
        List<String> sentences = new ArrayList<>();
        sentences.add(m.get("store.compare.mine", c.accountsMine(), c.stepsMine()));
        if (c.theirsProblem() != null) {
            sentences.add(m.get("store.compare.theirsUnreadable", c.theirsProblem()));
        } else {
            sentences.add(m.get("store.compare.theirs", c.accountsTheirs(), c.stepsTheirs()));
        }
        if (!c.onlyMine().isEmpty()) {
            sentences.add(m.get("store.compare.onlyMine", names(c.onlyMine(), m)));
        }
        if (!c.onlyTheirs().isEmpty()) {
            sentences.add(m.get("store.compare.onlyTheirs", names(c.onlyTheirs(), m)));
        }
        if (c.sameOutline()) {
            sentences.add(m.get("store.compare.sameOutline"));
        }
        return String.join(" ", sentences);
    }

    private static String names(List<String> labels, Messages m) {
        String named = String.join(", ", labels.subList(0, Math.min(NAMED, labels.size())));
        return labels.size() <= NAMED ? named : m.get("notice.more", named, labels.size() - NAMED);
    }
}
