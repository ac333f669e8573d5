package org.voisinage.moderation;

/**
 * Content as a moderator needs to see it: who wrote it, where, what it says now.
 *
 * @param authorId who wrote it; null for content of the cooperative itself (a challenge staff published)
 * @param neighbourhoodId the neighbourhood whose moderators decide; null when only staff do (territory-wide)
 * @param title a short title (a listing's, an initiative's), or null
 * @param text the text as written (Markdown or plain), shown escaped to moderators
 * @param path the content's page relative to the site, to see it in context
 * @param hidden whether it is hidden now
 */
public record ContentSnapshot(ContentRef ref, Long authorId, Long neighbourhoodId, String title, String text,
        String path, boolean hidden) {}
