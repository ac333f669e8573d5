package org.voisinage.account;

/**
 * A person signed up with a directory address inside a neighbourhood; they are pending, their email address not yet
 * confirmed. {@code clientAddress} is where the form came from, for limits on guessing (member numbers).
 */
public record ResidentSignedUp(long residentId, long neighbourhoodId, String addressId, String memberNumber,
        String clientAddress) {}
