package org.voisinage.organisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** A shop, association or public service of a territory, and the residents who act for it. */
@Entity
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long territoryId;
    private Long neighbourhoodId;

    @Enumerated(EnumType.STRING)
    private OrganisationKind kind;

    private String name;
    private String slug;
    private String description;

    @ElementCollection
    @CollectionTable(name = "organisation_member", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "resident_id")
    private Set<Long> members = new HashSet<>();

    @Column(insertable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Organisation() {}

    public Organisation(long territoryId, Long neighbourhoodId, OrganisationKind kind, String name, String slug,
            String description) {
        this.territoryId = territoryId;
        this.neighbourhoodId = neighbourhoodId;
        this.kind = kind;
        this.name = name;
        this.slug = slug;
        this.description = description;
    }

    public void addMember(long residentId) {
        members.add(residentId);
    }

    public void removeMember(long residentId) {
        members.remove(residentId);
    }

    public boolean hasMember(long residentId) {
        return members.contains(residentId);
    }

    public Long getId() { return id; }
    public long getTerritoryId() { return territoryId; }
    public Long getNeighbourhoodId() { return neighbourhoodId; }
    public OrganisationKind getKind() { return kind; }
    public String getName() { return name; }
    public String getSlug() { return slug; }
    public String getDescription() { return description; }
    public Set<Long> getMembers() { return Set.copyOf(members); }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
