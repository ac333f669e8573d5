package org.voisinage.challenge;

/** Who is challenged. Stored by code; labels from the bundles. */
public enum TargetKind {
    TOWN, COMPANY, ORGANISATION;

    public String labelKey() {
        return "challenge.target.kind." + name();
    }
}
