/**
 * Local initiatives: projects residents or organisations carry in their neighbourhood (a compost bin, a street
 * party), with their needs and the offers that fill them, members and co-organisers, a members-only discussion and
 * news for followers, a feed "by projects and proximity" and full-text search.
 *
 * <p>Public to anyone: an initiative's title, summary, description, theme, status, place, carrier and needs.
 * Members only (verified residents of its neighbourhood, staff): the member list and the discussion. Only verified
 * residents of the neighbourhood act (join, offer, comment, propose).
 */
// Boundaries: the modules it may use, exactly those it uses today;
// Modulith verification (ModularityTests) fails on any other arrow. A new one is declared here, on purpose.
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "account",
        "agenda",
        "common",
        "directory",
        "feed",
        "following",
        "moderation",
        "neighbourhood",
        "noticeboard",
        "organisation",
        "search",
        "trends"
})
package org.voisinage.initiative;
