/**
 * Search across everything (issue 15): one query, the matches of every kind a person may see, grouped by kind. The
 * module owns no table: each module says, in SQL over its own tables and by its own access policy, which of its rows
 * match ({@link org.voisinage.search.SearchContributor}); this module runs them together and shows the results.
 */
// Boundaries: the modules it may use, exactly those it uses today;
// Modulith verification (ModularityTests) fails on any other arrow. A new one is declared here, on purpose.
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "account",
        "common",
        "neighbourhood"
})
package org.voisinage.search;
