/**
 * Moderation: residents report content; moderators and staff decide. Every module whose content can be reported
 * registers a {@link org.voisinage.moderation.ModeratedContent} bean for its {@link org.voisinage.moderation.ContentType}:
 * the moderation module reads, hides, restores and redacts content only through it, and knows no other module's
 * tables. Content kept in a module's rows embeds {@link org.voisinage.common.HiddenState} and its adapter extends
 * {@link org.voisinage.moderation.ModeratedRows}. Staff and moderator actions are written to the {@link org.voisinage.moderation.AuditTrail}.
 */
// Boundaries: the modules it may use, exactly those it uses today;
// Modulith verification (ModularityTests) fails on any other arrow. A new one is declared here, on purpose.
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "account",
        "common",
        "notification"
})
package org.voisinage.moderation;
