package org.voisinage.account;

/** A resident's address was proven; {@code method} is the verification method's code. */
public record ResidentVerified(long residentId, Long neighbourhoodId, String method) {}
