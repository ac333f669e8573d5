package org.voisinage.verification;

/** A pending neighbour as a voucher sees them: a name and a street, never a house number. */
public record VouchCandidate(long residentId, String displayName, String street, boolean vouchedByMe) {}
