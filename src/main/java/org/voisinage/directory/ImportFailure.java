package org.voisinage.directory;

/** Why a whole import failed (as opposed to single rejected lines). Stored by name. */
public enum ImportFailure {
    /** No header line at all. */
    EMPTY_FILE,
    /** The header lacks a required column (id, numero, nom_voie, code_postal, nom_commune, lon, lat). */
    MISSING_COLUMNS,
    /** The file could not be read: truncated gzip, not text, disk error. */
    UNREADABLE,
    DATABASE_ERROR,
    /** The application stopped while the import was running. */
    INTERRUPTED;

    public String labelKey() {
        return "directory.import.failure." + name();
    }
}
