package org.voisinage.exchange;

/** What a rent price is for. Stored by name. */
public enum RentUnit {
    DAY, USE;

    public String labelKey() {
        return "exchange.rent.unit." + name();
    }
}
