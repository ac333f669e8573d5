/**
 * Verification that a resident lives where they say: a code sent by letter, vouching by verified neighbours, an
 * organisation's member register; staff review the queue, every decision audited.
 */
// Boundaries: the modules it may use, exactly those it uses today;
// Modulith verification (ModularityTests) fails on any other arrow. A new one is declared here, on purpose.
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "account",
        "common",
        "directory",
        "neighbourhood"
})
package org.voisinage.verification;
