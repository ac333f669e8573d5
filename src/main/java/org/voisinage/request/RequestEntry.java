package org.voisinage.request;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A message of a request: the resident's, staff's answer, or a staff-only note. */
@Entity
class RequestEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long requestId;
    private Long authorId;
    private String body;
    private boolean staffOnly;
    private Instant createdAt;

    protected RequestEntry() {}

    RequestEntry(long requestId, long authorId, String body, boolean staffOnly, Instant now) {
        this.requestId = requestId;
        this.authorId = authorId;
        this.body = body.strip();
        this.staffOnly = staffOnly;
        this.createdAt = now;
    }

    Long getId() { return id; }
    long getRequestId() { return requestId; }
    Long getAuthorId() { return authorId; }
    String getBody() { return body; }
    boolean isStaffOnly() { return staffOnly; }
    Instant getCreatedAt() { return createdAt; }
}
