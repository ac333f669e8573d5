package org.voisinage.account;

/**
 * An account was deleted: each module erases what it holds of the person (photos, settings, follows) and keeps what
 * they wrote to others. Carries no personal datum (events are stored until handled).
 *
 * @param erasedBy the member of staff who did it on the person's request, or null when the person did it
 * @param reason staff's words (the request it answers), or null
 */
public record ResidentErased(long residentId, Long erasedBy, String reason) {}
