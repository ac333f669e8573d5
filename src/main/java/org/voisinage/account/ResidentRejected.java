package org.voisinage.account;

/** Staff refused a resident's address proof, with the reason they wrote. */
public record ResidentRejected(long residentId, String reason) {}
