package org.voisinage.directory;

/**
 * An address of the reference directory (Base Adresse Nationale), WGS84 coordinates.
 *
 * @param id the BAN identifier, e.g. {@code 69266_1234_00012_bis}
 * @param repetition the BAN "rep" (bis, ter, a...), may be null
 * @param dwellings how many dwellings stand behind this number, when known (the member register or staff said so;
 *        the BAN does not know); null: unknown
 */
public record DirectoryAddress(String id, String number, String repetition, String street, String postcode,
        String town, double longitude, double latitude, Integer dwellings) {

    /** Known to hold several dwellings: signup asks which one (the flat), for the letter and the household cap. */
    public boolean severalDwellings() {
        return dwellings != null && dwellings > 1;
    }

    /** "12 bis Rue des Lilas" */
    public String streetLine() {
        return number + (repetition == null || repetition.isBlank() ? "" : " " + repetition) + " " + street;
    }

    /** "12 bis Rue des Lilas, 69100 Villeurbanne" */
    public String label() {
        return streetLine() + ", " + postcode + " " + town;
    }
}
