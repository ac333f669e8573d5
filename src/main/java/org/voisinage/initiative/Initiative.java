package org.voisinage.initiative;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.voisinage.common.HiddenState;
import org.voisinage.common.Hideable;
import org.voisinage.common.Refusal;

/** A local project carried by a resident or an organisation in one neighbourhood. Its status rules live here. */
@Entity
public class Initiative implements Hideable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Whether moderators hide it, since when and why (its author is shown why). */
    @Embedded
    private HiddenState hidden = new HiddenState();

    private long neighbourhoodId;
    private String title;
    private String description;
    private String summary;

    @Enumerated(EnumType.STRING)
    private InitiativeTheme theme;

    @Enumerated(EnumType.STRING)
    private InitiativeStatus status = InitiativeStatus.IDEA;

    private String abandonReason;
    private String placeAddressId;
    private String placeLabel;
    private double longitude;
    private double latitude;
    private long createdBy;
    private Long organisationId;
    private String carrierName;
    private Instant createdAt;
    private Instant lastActivityAt;

    @Version
    private long version;

    protected Initiative() {}

    Initiative(long neighbourhoodId, String title, String description, String summary, InitiativeTheme theme,
            long createdBy, Long organisationId, String carrierName, Instant now) {
        this.neighbourhoodId = neighbourhoodId;
        this.title = title.strip();
        this.description = description;
        this.summary = summary;
        this.theme = theme;
        this.createdBy = createdBy;
        this.organisationId = organisationId;
        this.carrierName = carrierName;
        this.createdAt = now;
        this.lastActivityAt = now;
    }

    /** Where it happens: a directory address with its coordinates, or free text at the given point (or both). */
    void placeAt(String addressId, String label, double longitude, double latitude) {
        this.placeAddressId = addressId;
        this.placeLabel = label == null || label.isBlank() ? null : label.strip();
        this.longitude = longitude;
        this.latitude = latitude;
    }

    /**
     * Moves on to {@code next}; abandoning needs a reason.
     *
     * @throws Refusal when the move is not allowed from the current status, or a reason is missing
     */
    void moveTo(InitiativeStatus next, String reason, Instant now) {
        if (next == null || !status.canMoveTo(next)) {
            throw Refusal.invalid("status", "initiative.status.notAllowed");
        }
        if (next == InitiativeStatus.ABANDONED) {
            if (reason == null || reason.isBlank()) {
                throw Refusal.invalid("reason", "initiative.status.reasonRequired");
            }
            this.abandonReason = reason.strip();
        }
        this.status = next;
        touch(now);
    }

    /** Something happened on it: the feed favours recent activity. */
    void touch(Instant now) {
        if (lastActivityAt == null || now.isAfter(lastActivityAt)) {
            this.lastActivityAt = now;
        }
    }

    /** Whether residents may still join, offer and comment. */
    boolean isOpen() {
        return !status.isOver();
    }

    void redact(String text, String summary) {
        this.description = text;
        this.summary = summary;
    }

    public Long getId() { return id; }
    public long getNeighbourhoodId() { return neighbourhoodId; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public String getSummary() { return summary; }
    public InitiativeTheme getTheme() { return theme; }
    public InitiativeStatus getStatus() { return status; }
    public String getAbandonReason() { return abandonReason; }
    public String getPlaceAddressId() { return placeAddressId; }
    public String getPlaceLabel() { return placeLabel; }
    public double getLongitude() { return longitude; }
    public double getLatitude() { return latitude; }
    public long getCreatedBy() { return createdBy; }
    public Long getOrganisationId() { return organisationId; }
    public String getCarrierName() { return carrierName; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getLastActivityAt() { return lastActivityAt; }

    @Override
    public HiddenState hiddenState() {
        return hidden = HiddenState.orVisible(hidden);
    }
}
