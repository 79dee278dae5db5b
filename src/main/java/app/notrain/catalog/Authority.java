package app.notrain.catalog;

import java.util.List;

/**
 * A data protection supervisory authority a complaint can go to (Art. 77 GDPR): that of the
 * user's residence receives it; that of the controller's main establishment leads. Read from
 * authorities.json.
 *
 * @param country      ISO 3166 code of the country it supervises ({@code GB} for the ICO)
 * @param complaintUrl where a complaint is filed online
 */
public record Authority(String id, Text name, String country, List<String> address, String complaintUrl,
                        Source source, boolean verified) {

    public Authority {
        address = ImmutableLists.copy(address);
    }
}
