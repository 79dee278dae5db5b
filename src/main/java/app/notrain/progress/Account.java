package app.notrain.progress;

/**
 * One account on one platform. {@code group} names the Meta Accounts Center it belongs to (null
 * when it is not linked): accounts of one group share one objection.
 */
public record Account(String id, String platformId, String label, String owner, String group) {

    public Account withLabel(String newLabel) {
        return new Account(id, platformId, newLabel, owner, group);
    }
}
