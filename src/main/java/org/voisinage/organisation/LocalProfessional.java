package org.voisinage.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A local professional, not a registered organisation, as the first resident who recommended them described them. */
@Entity
class LocalProfessional {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long territoryId;
    private Long neighbourhoodId;
    private String name;
    private String trade;
    private String contact;
    private Long createdBy;

    @Column(insertable = false, updatable = false)
    private Instant createdAt;

    protected LocalProfessional() {}

    LocalProfessional(long territoryId, long neighbourhoodId, ProfessionalForm form, long createdBy) {
        this.territoryId = territoryId;
        this.neighbourhoodId = neighbourhoodId;
        this.name = form.name().strip();
        this.trade = form.trade().strip();
        this.contact = form.contact() == null || form.contact().isBlank() ? null : form.contact().strip();
        this.createdBy = createdBy;
    }

    Long getId() { return id; }
    long getTerritoryId() { return territoryId; }
    Long getNeighbourhoodId() { return neighbourhoodId; }
    String getName() { return name; }
    String getTrade() { return trade; }
    String getContact() { return contact; }
}
