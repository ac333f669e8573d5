package org.voisinage.initiative;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A resident taking part in an initiative, as initiator, co-organiser or member. */
@Entity
@Table(name = "initiative_member")
class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long initiativeId;
    private long residentId;
    private String displayName;

    @Enumerated(EnumType.STRING)
    private MemberRole role;

    private Instant joinedAt;

    protected Membership() {}

    Membership(long initiativeId, long residentId, String displayName, MemberRole role, Instant now) {
        this.initiativeId = initiativeId;
        this.residentId = residentId;
        this.displayName = displayName;
        this.role = role;
        this.joinedAt = now;
    }

    /** Initiators name co-organisers among members; an initiator stays one. */
    void makeCoOrganiser() {
        if (role == MemberRole.MEMBER) {
            role = MemberRole.CO_ORGANISER;
        }
    }

    /** Left the cooperative: no longer organises (they may still be listed as a member who took part). */
    void stepDown() {
        role = MemberRole.MEMBER;
    }

    /** Takes over as initiator from one who left. */
    void takeOverAsInitiator() {
        role = MemberRole.INITIATOR;
    }

    Long getId() { return id; }
    long getInitiativeId() { return initiativeId; }
    long getResidentId() { return residentId; }
    String getDisplayName() { return displayName; }
    MemberRole getRole() { return role; }
    Instant getJoinedAt() { return joinedAt; }
}
