package org.voisinage.account;

/**
 * A person confirmed their email address for the first time (by the emailed link, or by resetting their password).
 * Proofs of address given earlier (a member number at signup, neighbours' vouches) count from now on.
 */
public record ResidentEmailConfirmed(long residentId) {}
