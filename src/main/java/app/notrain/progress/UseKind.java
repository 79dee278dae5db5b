package app.notrain.progress;

/** Whether NoTrain tracks one person's accounts or a business's (company page, employees). */
public enum UseKind {
    PERSONAL,
    BUSINESS
}
