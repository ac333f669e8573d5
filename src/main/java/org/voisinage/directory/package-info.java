/**
 * The address directory: the postal addresses of the territory, imported by staff, against which residents'
 * addresses are matched at sign-up and verification.
 */
// Boundaries: the modules it may use, exactly those it uses today;
// Modulith verification (ModularityTests) fails on any other arrow. A new one is declared here, on purpose.
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "common"
})
package org.voisinage.directory;
