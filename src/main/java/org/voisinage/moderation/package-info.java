/**
 * Moderation: residents report content; moderators and staff decide. Every module whose content can be reported
 * registers a {@link org.voisinage.moderation.ModeratedContent} bean for its {@link org.voisinage.moderation.ContentType}:
 * the moderation module reads, hides, restores and redacts content only through it, and knows no other module's
 * tables. Staff and moderator actions are written to the {@link org.voisinage.moderation.AuditTrail}.
 */
package org.voisinage.moderation;
