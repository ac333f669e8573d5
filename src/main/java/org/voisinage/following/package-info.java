/**
 * Following: people follow things (a challenge, later an initiative) and get their news by email,
 * immediately or grouped in daily or weekly digests, with one-click unsubscribe. Other modules publish
 * {@link org.voisinage.following.TopicActivity} events and call {@link org.voisinage.following.Follows};
 * this module knows nothing of them.
 */
package org.voisinage.following;
