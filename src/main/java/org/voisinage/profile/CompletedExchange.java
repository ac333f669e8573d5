package org.voisinage.profile;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** An exchange both sides confirmed in their conversation: counted on profiles, and what thanks refer to. */
@Entity
class CompletedExchange {

    @Id
    private Long conversationId;

    private String subjectType;
    private long subjectId;
    private long giverId;
    private long receiverId;
    private boolean service;
    private Instant completedAt;
    /** The giver's neighbourhood when confirmed: where the trends count it. */
    private Long neighbourhoodId;

    protected CompletedExchange() {}

    CompletedExchange(long conversationId, String subjectType, long subjectId, long giverId, long receiverId,
            boolean service, Instant completedAt, Long neighbourhoodId) {
        this.conversationId = conversationId;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.giverId = giverId;
        this.receiverId = receiverId;
        this.service = service;
        this.completedAt = completedAt;
        this.neighbourhoodId = neighbourhoodId;
    }

    boolean involves(long residentId) {
        return residentId == giverId || residentId == receiverId;
    }

    long other(long residentId) {
        return residentId == giverId ? receiverId : giverId;
    }

    Long getConversationId() { return conversationId; }
    long getGiverId() { return giverId; }
    long getReceiverId() { return receiverId; }
    boolean isService() { return service; }
}
