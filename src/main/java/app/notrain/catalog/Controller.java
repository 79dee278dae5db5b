package app.notrain.catalog;

import java.util.List;

/**
 * Who answers for a platform under the GDPR: the legal entity an objection letter is addressed
 * to, where it is established, how to reach its privacy team, and the authority that leads on it
 * when it is established in the EU (the one-stop shop, Art. 56 GDPR). Read from controllers.json,
 * kept apart from the platform files because it changes on its own schedule (a company moves, a
 * form changes) and is not part of the opt-out guide.
 *
 * @param contact       the privacy team's web form or e-mail address
 * @param leadAuthority the id of the lead supervisory authority, null when the controller is not
 *                      established in the EU (then the user's own authority is the one to ask)
 * @param verified      false when the name and address were taken from the policy's address but
 *                      not matched against a dated copy of it: the letter then asks the user to
 *                      check them
 * @param note          a fact the user needs (a joint controller in the UK), or null
 */
public record Controller(String legalName, List<String> address, String country, Contact contact,
                         String leadAuthority, Source source, boolean verified, String note) {

    public Controller {
        address = ImmutableLists.copy(address);
    }

    /** A privacy contact: a web form to paste the letter into, or an e-mail address to write to. */
    public record Contact(Kind kind, String value) {
        public enum Kind { WEB_FORM, EMAIL }
    }

    /** The postal address on one line: "Merrion Road, Dublin 4, D04 X2K5, Ireland". */
    public String addressLine() {
        return String.join(", ", address);
    }

    /** The e-mail address to write to, or null when the contact is a web form. */
    public String email() {
        return contact != null && contact.kind() == Contact.Kind.EMAIL ? contact.value() : null;
    }
}
