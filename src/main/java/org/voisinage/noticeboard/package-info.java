/**
 * The printed noticeboard (issue 15): for a territory or a neighbourhood, one A4 page per building entrance for the
 * week, for the hall's board and for residents who are not online. The module owns no table: each module gives its
 * neighbourhood-level notices ({@link org.voisinage.noticeboard.NoticeboardContributor}), never a private one.
 */
// Boundaries: the modules it may use, exactly those it uses today;
// Modulith verification (ModularityTests) fails on any other arrow. A new one is declared here, on purpose.
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "account",
        "common",
        "directory",
        "neighbourhood"
})
package org.voisinage.noticeboard;
