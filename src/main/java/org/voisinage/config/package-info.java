/**
 * Application wiring: security, the clock, the embedded PostgreSQL used without a configured data source, request
 * logging, trusted proxies and upload limits. No business rule lives here.
 */
// Boundaries: the modules it may use, exactly those it uses today, plus common
// (unused here today, but the shared kernel is allowed to every module);
// Modulith verification (ModularityTests) fails on any other arrow. A new one is declared here, on purpose.
// Not OPEN: nothing may depend on the wiring.
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "account",
        "common"
})
package org.voisinage.config;
