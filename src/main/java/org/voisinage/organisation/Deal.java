package org.voisinage.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.voisinage.common.Refusal;

/** An organisation's offer from a start date to an end date (both included). */
@Entity
@Table(name = "organisation_deal")
class Deal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    private String title;
    private String description;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private Long createdBy;

    @Column(insertable = false, updatable = false)
    private Instant createdAt;

    protected Deal() {}

    /**
     * @throws Refusal when it ends before it starts, or is already over
     */
    Deal(Organisation organisation, DealForm form, long createdBy, LocalDate today) {
        if (form.endsOn().isBefore(form.startsOn())) {
            throw Refusal.invalid("endsOn", "organisation.deal.endsBeforeStart");
        }
        if (form.endsOn().isBefore(today)) {
            throw Refusal.invalid("endsOn", "organisation.deal.alreadyOver");
        }
        this.organisation = organisation;
        this.title = form.title().strip();
        this.description = form.details() == null || form.details().isBlank() ? null : form.details().strip();
        this.startsOn = form.startsOn();
        this.endsOn = form.endsOn();
        this.createdBy = createdBy;
    }

    boolean isRunning(LocalDate today) {
        return !startsOn.isAfter(today) && !endsOn.isBefore(today);
    }

    OrganisationDeal view() {
        return new OrganisationDeal(id, OrganisationSummary.of(organisation), title, description, startsOn, endsOn);
    }

    Long getId() { return id; }
    Organisation getOrganisation() { return organisation; }
    LocalDate getEndsOn() { return endsOn; }
    LocalDate getStartsOn() { return startsOn; }
    String getTitle() { return title; }
    String getDescription() { return description; }
}
