/**
 * Residents and their accounts: sign-up (with a waitlist when the territory is full), sign-in with throttling,
 * email confirmation and password links, roles and sanctions. Owns {@link org.voisinage.account.Viewer}, the one
 * viewer type every access policy reads (built by {@link org.voisinage.account.Residents}).
 */
// Boundaries: the modules it may use, exactly those it uses today;
// Modulith verification (ModularityTests) fails on any other arrow. A new one is declared here, on purpose.
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "common",
        "directory",
        "neighbourhood",
        "notification"
})
package org.voisinage.account;
