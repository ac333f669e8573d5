package org.voisinage.account;

/** The resident confirmed a new email address: the sessions signed in with the old one end. */
public record ResidentEmailChanged(long residentId, String oldEmail) {}
