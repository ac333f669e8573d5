package org.voisinage.messaging;

/** Where the exchange a conversation arranges stands. Labels from the bundles. */
public enum ExchangeState {
    /** A conversation with no subject arranges no exchange. */
    NONE,
    OPEN,
    /** One side said it took place; the other has to confirm. */
    MARKED_DONE,
    CONFIRMED;

    public String labelKey() {
        return "messaging.exchange.state." + name();
    }
}
