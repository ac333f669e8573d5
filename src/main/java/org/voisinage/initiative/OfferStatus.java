package org.voisinage.initiative;

/** An offer to fill a need, as the initiators decided. Stored by code; labels from the bundles. */
public enum OfferStatus {
    PENDING, ACCEPTED, DECLINED;

    public String labelKey() {
        return "initiative.offer.status." + name();
    }
}
