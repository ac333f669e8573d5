package org.voisinage.initiative;

/** What kind of help a need asks for. Stored by code; labels from the bundles. */
public enum NeedKind {
    SKILL, MATERIAL, PEOPLE;

    public String labelKey() {
        return "initiative.need.kind." + name();
    }
}
