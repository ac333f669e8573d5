/**
 * Trends for towns and landlords (issue 16): per territory or neighbourhood and per month, what residents do across
 * the modules, with every count under 5 hidden. The module owns no table: each module counts its own rows in SQL
 * ({@link org.voisinage.trends.TrendContributor}); this module hides the small counts, and shows the figures as
 * charts with tables, a CSV file and a quarterly PDF report for staff.
 */
// Boundaries: the modules it may use, exactly those it uses today;
// Modulith verification (ModularityTests) fails on any other arrow. A new one is declared here, on purpose.
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "account",
        "common",
        "neighbourhood"
})
package org.voisinage.trends;
