package org.voisinage.following;

/**
 * A topic every verified resident of a neighbourhood follows from the day they are verified, keyed by their
 * neighbourhood's id (announcements daily, alerts at once). Modules declare one bean each; residents change the
 * frequency, or turn it off, like any follow. Migration V112 gave the same follows to residents verified before.
 */
public record NeighbourhoodDefaultFollow(String topicType, Frequency frequency) {}
