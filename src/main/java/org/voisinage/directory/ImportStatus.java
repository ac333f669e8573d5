package org.voisinage.directory;

/** Where an address import stands. Stored by name; the label comes from the bundles. */
public enum ImportStatus {
    RUNNING,
    COMPLETED,
    FAILED;

    public String labelKey() {
        return "directory.import.status." + name();
    }
}
