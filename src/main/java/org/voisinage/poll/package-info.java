/**
 * Polls and consultations: staff (and, where the territory allows it, organisers of an initiative) ask a
 * neighbourhood, a territory or an initiative's members a question with single or multiple choice until an end date;
 * each verified resident asked casts one ballot (kept by the database) and may change it until the end. Results by
 * neighbourhood, live or once the poll ended (chosen at creation). Followers of a neighbourhood's polls hear of a poll
 * opening and of its results ({@link org.voisinage.following.TopicActivity}, topic "polls" keyed by neighbourhood).
 *
 * <p>Members only: a poll is read by the residents it asks (and staff of its territory); {@link PollAccess} says it.
 */
// Boundaries: the modules it may use, exactly those it uses today;
// Modulith verification (ModularityTests) fails on any other arrow. A new one is declared here, on purpose.
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "account",
        "common",
        "following",
        "initiative",
        "neighbourhood"
})
package org.voisinage.poll;
