package org.voisinage.initiative;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.voisinage.common.Refusal;

/** Something an initiative needs, in a quantity: a skill, a material, people for a date. */
@Entity
@Table(name = "initiative_need")
class Need {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long initiativeId;

    @Enumerated(EnumType.STRING)
    private NeedKind kind;

    private String label;
    private int quantity;
    private LocalDate neededOn;
    private Instant createdAt;

    protected Need() {}

    Need(long initiativeId, NeedKind kind, String label, int quantity, LocalDate neededOn, Instant now) {
        if (quantity <= 0) {
            throw Refusal.invalid("quantity", "initiative.need.quantity.positive");
        }
        this.initiativeId = initiativeId;
        this.kind = kind;
        this.label = label.strip();
        this.quantity = quantity;
        this.neededOn = neededOn;
        this.createdAt = now;
    }

    /** How much is still missing once the accepted offers are counted (never below zero). */
    int missing(int accepted) {
        return Math.max(0, quantity - accepted);
    }

    boolean isFilledBy(int accepted) {
        return accepted >= quantity;
    }

    Long getId() { return id; }
    long getInitiativeId() { return initiativeId; }
    NeedKind getKind() { return kind; }
    String getLabel() { return label; }
    int getQuantity() { return quantity; }
    LocalDate getNeededOn() { return neededOn; }
}
