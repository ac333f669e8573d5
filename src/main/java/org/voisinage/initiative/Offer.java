package org.voisinage.initiative;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.voisinage.common.Refusal;

/** A neighbour's offer to fill (part of) a need; initiators accept or decline it once. */
@Entity
@Table(name = "initiative_offer")
class Offer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long needId;
    private long initiativeId;
    private long residentId;
    private String displayName;
    private int quantity;
    private String note;

    @Enumerated(EnumType.STRING)
    private OfferStatus status = OfferStatus.PENDING;

    private Instant createdAt;
    private Instant decidedAt;

    protected Offer() {}

    Offer(long needId, long initiativeId, long residentId, String displayName, int quantity, String note, Instant now) {
        if (quantity <= 0) {
            throw Refusal.invalid("quantity", "initiative.offer.quantity.positive");
        }
        this.needId = needId;
        this.initiativeId = initiativeId;
        this.residentId = residentId;
        this.displayName = displayName;
        this.quantity = quantity;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.createdAt = now;
    }

    void decide(boolean accept, Instant now) {
        if (status != OfferStatus.PENDING) {
            throw Refusal.conflict("initiative.offer.alreadyDecided");
        }
        this.status = accept ? OfferStatus.ACCEPTED : OfferStatus.DECLINED;
        this.decidedAt = now;
    }

    Long getId() { return id; }
    long getNeedId() { return needId; }
    long getInitiativeId() { return initiativeId; }
    long getResidentId() { return residentId; }
    String getDisplayName() { return displayName; }
    int getQuantity() { return quantity; }
    String getNote() { return note; }
    OfferStatus getStatus() { return status; }
}
