/**
 * Territories and their neighbourhoods (perimeters drawn by staff), and the lookup of the neighbourhood an address
 * or a point falls in.
 */
// Boundaries: the modules it may use, exactly those it uses today;
// Modulith verification (ModularityTests) fails on any other arrow. A new one is declared here, on purpose.
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "common"
})
package org.voisinage.neighbourhood;
