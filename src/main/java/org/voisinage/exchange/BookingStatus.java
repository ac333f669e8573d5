package org.voisinage.exchange;

/** Where a booking of an object stands. Stored by name; only ACCEPTED ones hold their dates (in the database too). */
public enum BookingStatus {
    REQUESTED, ACCEPTED, DECLINED, CANCELLED;

    public String labelKey() {
        return "exchange.booking.status." + name();
    }
}
