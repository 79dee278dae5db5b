package app.notrain.progress;

/**
 * Who signs the letters: asked once, kept in the profile, and never sent anywhere by NoTrain.
 * {@code postalAddress} may span several lines; {@code country} (ISO code, e.g. FR) picks the
 * authority a complaint goes to, null when not given.
 */
public record Sender(String name, String postalAddress, String country) {

    /** Both parts are needed: a controller may not identify the requester without them. */
    public boolean complete() {
        return name != null && !name.isBlank() && postalAddress != null && !postalAddress.isBlank();
    }
}
