package org.voisinage.initiative;

/** What other modules need to know of an initiative (a poll asking its members): its title and neighbourhood. */
public record InitiativeSummary(long id, String title, long neighbourhoodId) {}
