package org.voisinage.request;

/** What a request is about; labels come from the bundles. */
public enum RequestCategory {
    REPAIR, NEIGHBOURS, CLEANLINESS, SAFETY, OTHER;

    public String labelKey() {
        return "request.category." + name();
    }
}
