package org.voisinage.directory;

/**
 * An address of the reference directory (Base Adresse Nationale), WGS84 coordinates.
 *
 * @param id the BAN identifier, e.g. {@code 69266_1234_00012_bis}
 * @param repetition the BAN "rep" (bis, ter, a...), may be null
 */
public record DirectoryAddress(String id, String number, String repetition, String street, String postcode,
        String town, double longitude, double latitude) {

    /** "12 bis Rue des Lilas" */
    public String streetLine() {
        return number + (repetition == null || repetition.isBlank() ? "" : " " + repetition) + " " + street;
    }

    /** "12 bis Rue des Lilas, 69100 Villeurbanne" */
    public String label() {
        return streetLine() + ", " + postcode + " " + town;
    }
}
