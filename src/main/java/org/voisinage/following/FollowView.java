package org.voisinage.following;

/**
 * One followed topic as its follower sees it.
 *
 * @param title the topic's title as its last activity said, or null when nothing happened on it yet
 * @param path the topic's page relative to the site, or null likewise
 */
public record FollowView(Topic topic, String title, String path, Frequency frequency) {

    public boolean described() {
        return title != null;
    }
}
