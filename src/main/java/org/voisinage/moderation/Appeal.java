package org.voisinage.moderation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.voisinage.common.Refusal;

/** A sanctioned resident's appeal, sent without signing in; moderators accept (lifting the sanction) or reject. */
@Entity
@Table(name = "moderation_appeal")
public class Appeal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;
    private Long residentId;
    private Long neighbourhoodId;
    private String text;

    @Enumerated(EnumType.STRING)
    private AppealStatus status = AppealStatus.OPEN;

    private String answer;
    private Long decidedBy;
    private Instant decidedAt;
    private Instant createdAt;

    @Version
    private long version;

    protected Appeal() {}

    Appeal(String email, Long residentId, Long neighbourhoodId, String text, Instant now) {
        this.email = email;
        this.residentId = residentId;
        this.neighbourhoodId = neighbourhoodId;
        this.text = text;
        this.createdAt = now;
    }

    /** @throws Refusal (conflict, {@link Moderation#CASE_CHANGED}) when another moderator answered meanwhile */
    void answer(long expectedVersion, boolean accepted, String answer, long moderatorId, Instant now) {
        if (status != AppealStatus.OPEN || version != expectedVersion) {
            throw Refusal.conflict(Moderation.CASE_CHANGED);
        }
        this.status = accepted ? AppealStatus.ACCEPTED : AppealStatus.REJECTED;
        this.answer = answer;
        this.decidedBy = moderatorId;
        this.decidedAt = now;
    }

    public Long getId() { return id; }
    public String getEmail() { return email; }
    public Long getResidentId() { return residentId; }
    public Long getNeighbourhoodId() { return neighbourhoodId; }
    public String getText() { return text; }
    public AppealStatus getStatus() { return status; }
    public String getAnswer() { return answer; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
