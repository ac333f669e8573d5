package org.voisinage.account;

/** The address already has as many verified accounts as allowed; the person must contact staff. */
public class HouseholdFullException extends RuntimeException {

    public HouseholdFullException(String addressId) {
        super("address " + addressId + " has reached its verified accounts limit");
    }
}
