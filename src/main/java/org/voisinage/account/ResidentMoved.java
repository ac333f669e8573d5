package org.voisinage.account;

/**
 * A resident gave a new address: they are back to proving it (pending), members of the new neighbourhood once
 * proven; the old neighbourhood's members-only content stopped at once. Modules that keep memberships or proofs
 * for the old address drop them; history (thanks, credits) stays with the resident.
 */
public record ResidentMoved(long residentId, Long fromNeighbourhoodId, long toNeighbourhoodId) {}
