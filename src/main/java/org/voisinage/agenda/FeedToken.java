package org.voisinage.agenda;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member's personal token for the members-only calendar feed of their neighbourhood. */
@Entity
@Table(name = "agenda_feed_token")
class FeedToken {

    @Id
    private Long residentId;
    private String token;
    private Instant createdAt;

    protected FeedToken() {}

    FeedToken(long residentId, String token, Instant createdAt) {
        this.residentId = residentId;
        this.token = token;
        this.createdAt = createdAt;
    }

    void replace(String token, Instant now) {
        this.token = token;
        this.createdAt = now;
    }

    Long getResidentId() { return residentId; }
    String getToken() { return token; }
}
