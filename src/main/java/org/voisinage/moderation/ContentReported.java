package org.voisinage.moderation;

/** A resident reported content (once per resident and item). */
public record ContentReported(long reportId, ContentRef ref, long reporterId, Long neighbourhoodId) {}
