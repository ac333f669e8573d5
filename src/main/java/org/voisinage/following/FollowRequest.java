package org.voisinage.following;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Locale;

/** Double opt-in: someone asked to follow a topic by email; the emailed link confirms it, once, before it expires. */
@Entity
class FollowRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String tokenHash;
    private String email;
    private String locale;
    private String topicType;
    private long topicId;

    @Enumerated(EnumType.STRING)
    private Frequency frequency;

    private Instant expiresAt;
    private Instant confirmedAt;
    private Instant createdAt;

    protected FollowRequest() {}

    FollowRequest(String tokenHash, String email, Locale locale, Topic topic, Frequency frequency, Instant now,
            Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.email = email;
        this.locale = locale.getLanguage();
        this.topicType = topic.type();
        this.topicId = topic.id();
        this.frequency = frequency;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    boolean isConfirmed() {
        return confirmedAt != null;
    }

    boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    void confirm(Instant now) {
        confirmedAt = now;
    }

    String getEmail() { return email; }
    Locale getLocale() { return Locale.forLanguageTag(locale); }
    Topic getTopic() { return new Topic(topicType, topicId); }
    Frequency getFrequency() { return frequency; }
}
