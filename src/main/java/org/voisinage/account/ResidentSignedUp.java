package org.voisinage.account;

/** A person signed up with a directory address inside a neighbourhood; they are pending. */
public record ResidentSignedUp(long residentId, long neighbourhoodId, String addressId, String memberNumber) {}
