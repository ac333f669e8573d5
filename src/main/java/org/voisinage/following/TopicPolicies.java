package org.voisinage.following;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The owning modules' {@link TopicAccess} policies, found by topic type; an unclaimed type admits nobody. */
@Component
class TopicPolicies {

    private final Map<String, TopicAccess> byType;

    TopicPolicies(List<TopicAccess> policies) {
        this.byType = policies.stream().collect(Collectors.toMap(TopicAccess::topicType, Function.identity()));
    }

    TopicAudience audience(Topic topic) {
        TopicAccess access = byType.get(topic.type());
        return access == null ? TopicAudience.NOBODY : access.audience(topic.id());
    }

    /** Each topic's audience, one call per topic type (each a fixed number of statements). */
    Map<Topic, TopicAudience> audiences(Collection<Topic> topics) {
        Map<Topic, TopicAudience> audiences = new HashMap<>();
        Map<String, Set<Long>> idsByType = topics.stream()
                .collect(Collectors.groupingBy(Topic::type, Collectors.mapping(Topic::id, Collectors.toSet())));
        idsByType.forEach((type, ids) -> {
            TopicAccess access = byType.get(type);
            Map<Long, TopicAudience> found = access == null ? Map.of() : access.audiences(ids);
            ids.forEach(id -> audiences.put(new Topic(type, id), found.getOrDefault(id, TopicAudience.NOBODY)));
        });
        return audiences;
    }
}
