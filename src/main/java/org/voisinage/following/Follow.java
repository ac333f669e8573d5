package org.voisinage.following;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A follower follows a topic, as often as they chose. */
@Entity
class Follow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long followerId;
    private String topicType;
    private long topicId;

    @Enumerated(EnumType.STRING)
    private Frequency frequency;

    private Instant createdAt;

    protected Follow() {}

    Follow(long followerId, Topic topic, Frequency frequency, Instant now) {
        this.followerId = followerId;
        this.topicType = topic.type();
        this.topicId = topic.id();
        this.frequency = frequency;
        this.createdAt = now;
    }

    void changeFrequency(Frequency frequency) {
        this.frequency = frequency;
    }

    Long getId() { return id; }
    long getFollowerId() { return followerId; }
    Topic getTopic() { return new Topic(topicType, topicId); }
    Frequency getFrequency() { return frequency; }
}
