package app.notrain.store;

import app.notrain.progress.Account;
import app.notrain.progress.ProgressData;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Two versions of the progress side by side, in the few figures a person needs to choose between
 * them: how many accounts and recorded steps each has, and which accounts only one of them has.
 *
 * @param theirsProblem why the version on disk cannot be read (then its figures are zero), or null
 */
public record StoreComparison(int accountsMine, int stepsMine, int accountsTheirs, int stepsTheirs,
                              List<String> onlyMine, List<String> onlyTheirs, String theirsProblem) {

    public StoreComparison {
        onlyMine = List.copyOf(onlyMine);
        onlyTheirs = List.copyOf(onlyTheirs);
    }

    /** @param theirs null when it cannot be read, with {@code theirsProblem} saying why */
    static StoreComparison of(ProgressData mine, ProgressData theirs, String theirsProblem) {
        if (theirs == null) {
            return new StoreComparison(mine.accounts().size(), steps(mine), 0, 0, labels(mine.accounts(), Set.of()),
                    List.of(), theirsProblem);
        }
        return new StoreComparison(mine.accounts().size(), steps(mine), theirs.accounts().size(), steps(theirs),
                labels(mine.accounts(), ids(theirs)), labels(theirs.accounts(), ids(mine)), null);
    }

    /** True when both have the same accounts and as many recorded steps: the difference is in the details. */
    public boolean sameOutline() {
        return theirsProblem == null && onlyMine.isEmpty() && onlyTheirs.isEmpty() && stepsMine == stepsTheirs;
    }

    private static int steps(ProgressData data) {
        return data.steps().values().stream().mapToInt(Map::size).sum();
    }

    private static Set<String> ids(ProgressData data) {
        return data.accounts().stream().map(Account::id).collect(Collectors.toSet());
    }

    private static List<String> labels(List<Account> accounts, Set<String> exceptIds) {
        return accounts.stream().filter(a -> !exceptIds.contains(a.id())).map(Account::label).toList();
    }
}
