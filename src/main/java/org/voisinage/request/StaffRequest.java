package org.voisinage.request;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/** A resident's private request to staff. */
@Entity
class StaffRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long residentId;
    private Long territoryId;

    @Enumerated(EnumType.STRING)
    private RequestCategory category;

    private String subject;

    @Enumerated(EnumType.STRING)
    private RequestStatus status;

    private Long assigneeId;
    private Instant createdAt;
    /** The last answer the resident got; null while unanswered (the reminder looks for those). */
    private Instant answeredAt;
    private Instant remindedAt;

    @Version
    private long version;

    protected StaffRequest() {}

    StaffRequest(long residentId, Long territoryId, RequestCategory category, String subject, Instant now) {
        this.residentId = residentId;
        this.territoryId = territoryId;
        this.category = category;
        this.subject = subject.strip();
        this.status = RequestStatus.NEW;
        this.createdAt = now;
    }

    /** Staff answered: the resident sees it; a new request is now in progress. */
    void answered(Instant now) {
        answeredAt = now;
        if (status == RequestStatus.NEW) {
            status = RequestStatus.IN_PROGRESS;
        }
    }

    void handle(RequestStatus status, Long assigneeId) {
        this.status = status;
        this.assigneeId = assigneeId;
    }

    void reminded(Instant now) {
        remindedAt = now;
    }

    Long getId() { return id; }
    long getResidentId() { return residentId; }
    Long getTerritoryId() { return territoryId; }
    RequestCategory getCategory() { return category; }
    String getSubject() { return subject; }
    RequestStatus getStatus() { return status; }
    Long getAssigneeId() { return assigneeId; }
    Instant getCreatedAt() { return createdAt; }
    Instant getAnsweredAt() { return answeredAt; }
}
