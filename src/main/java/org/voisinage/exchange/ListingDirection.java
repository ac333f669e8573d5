package org.voisinage.exchange;

/** Whether a listing offers something or asks for it. Stored by name. */
public enum ListingDirection {
    OFFER, REQUEST;

    public String labelKey() {
        return "exchange.direction." + name();
    }
}
