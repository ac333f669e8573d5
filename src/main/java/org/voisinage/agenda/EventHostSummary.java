package org.voisinage.agenda;

/** What an event page shows of its host: a title and a link. */
public record EventHostSummary(String type, long id, String title, String path, long neighbourhoodId) {}
