package app.notrain.ui.wizard;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** An account the wizard will add: typed in, not yet in the progress. */
public final class AccountDraft {
    private final String platformId;
    private final StringProperty label = new SimpleStringProperty("");
    private final StringProperty owner = new SimpleStringProperty("");
    private final StringProperty group = new SimpleStringProperty("");

    public AccountDraft(String platformId, String owner) {
        this.platformId = platformId;
        this.owner.set(owner);
    }

    public String platformId() {
        return platformId;
    }

    public StringProperty labelProperty() {
        return label;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public StringProperty groupProperty() {
        return group;
    }
}
