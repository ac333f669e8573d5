package org.voisinage.support;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.voisinage.following.TopicAccess;
import org.voisinage.following.TopicAudience;

/**
 * The policy of the fake topic types of the following module's tests ("test", and "bench" for its benchmark): public,
 * like an open challenge. Without it they would be followed by nobody, as any type no module claims.
 */
public class TestTopics {

    public static TopicAccess publicType(String type) {
        return type(type, id -> TopicAudience.EVERYONE);
    }

    /** A test topic type whose every id has the audience given. */
    public static TopicAccess type(String type, Function<Long, TopicAudience> audience) {
        return new TopicAccess() {
            @Override
            public String topicType() {
                return type;
            }

            @Override
            public Map<Long, TopicAudience> audiences(Collection<Long> ids) {
                return ids.stream().distinct().collect(Collectors.toMap(Function.identity(), audience));
            }
        };
    }

    @org.springframework.context.annotation.Bean
    TopicAccess testTopics() {
        return publicType("test");
    }

    @org.springframework.context.annotation.Bean
    TopicAccess benchTopics() {
        return publicType("bench");
    }
}
