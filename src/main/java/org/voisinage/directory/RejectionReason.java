package org.voisinage.directory;

/** Why a line of a BAN file was left out. Stored by name; the label comes from the bundles. */
public enum RejectionReason {
    COLUMN_COUNT,
    MISSING_FIELD,
    BAD_NUMBER,
    BAD_POSTCODE,
    BAD_COORDINATES,
    COORDINATES_OUT_OF_RANGE;

    public String labelKey() {
        return "directory.rejection." + name();
    }
}
