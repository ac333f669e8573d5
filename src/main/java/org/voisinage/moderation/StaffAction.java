package org.voisinage.moderation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One staff or moderator action, as the audit trail keeps it. */
@Entity
@Table(name = "audit_trail")
public class StaffAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long actorId;
    private String action;
    private String subject;
    private String reason;
    private Instant at;

    protected StaffAction() {}

    StaffAction(Long actorId, String action, String subject, String reason, Instant at) {
        this.actorId = actorId;
        this.action = action;
        this.subject = subject;
        this.reason = reason;
        this.at = at;
    }

    public Long getId() { return id; }
    public Long getActorId() { return actorId; }
    public String getAction() { return action; }
    public String getSubject() { return subject; }
    public String getReason() { return reason; }
    public Instant getAt() { return at; }
}
