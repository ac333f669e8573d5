package org.voisinage.following;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Implemented by each module that owns a type of topic (its access policy, e.g. {@code alert.AlertAccess}): who may
 * follow its topics and receive their news. The following module asks it by topic type; a type no module claims is
 * followed by nobody (fail closed).
 */
public interface TopicAccess {

    /** The topic type this policy answers for ("alerts", "challenge"...), as in {@link Topic#type()}. */
    String topicType();

    /**
     * The audience of each of these topics, in a fixed number of statements whatever their number (digests ask once
     * per batch). An id left out of the map (unknown, deleted) is followed by nobody.
     */
    Map<Long, TopicAudience> audiences(Collection<Long> topicIds);

    default TopicAudience audience(long topicId) {
        return audiences(List.of(topicId)).getOrDefault(topicId, TopicAudience.NOBODY);
    }
}
