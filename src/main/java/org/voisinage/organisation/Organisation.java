package org.voisinage.organisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import org.hibernate.annotations.BatchSize;
import org.voisinage.common.HiddenState;
import org.voisinage.common.Hideable;

/** A shop, association or public service of a territory, and the residents who act for it. */
@Entity
public class Organisation implements Hideable {

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
    private String address;
    private String openingHours;
    private String phone;
    private String email;
    private String website;
    private Long createdBy;
    private Long updatedBy;
    /** Whether moderators hide it, since when and why (its author is shown why). */
    @Embedded
    private HiddenState hidden = new HiddenState();

    // a list page reads the members of all its organisations in one statement, not one each
    @BatchSize(size = 50)
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

    /** Staff set what the directory says of it (everything but its members). */
    void describe(long territoryId, Long neighbourhoodId, OrganisationForm form, long editorId) {
        this.territoryId = territoryId;
        this.neighbourhoodId = neighbourhoodId;
        this.kind = form.kind();
        this.name = form.name().strip();
        this.slug = form.slug();
        this.address = blankToNull(form.address());
        updatePage(new PageForm(version, form.description(), form.openingHours(), form.phone(), form.email(),
                form.website()), editorId);
    }

    /** Its members edit its page: description, hours and contact. */
    void updatePage(PageForm form, long editorId) {
        this.description = blankToNull(form.description());
        this.openingHours = blankToNull(form.openingHours());
        this.phone = blankToNull(form.phone());
        this.email = blankToNull(form.email());
        this.website = blankToNull(form.website());
        this.updatedBy = editorId;
    }

    void registeredBy(long staffId) {
        this.createdBy = staffId;
    }

    @Override
    public HiddenState hiddenState() {
        return hidden = HiddenState.orVisible(hidden);
    }

    /** A moderator removed personal data from the description. */
    void redact(String text) {
        this.description = text;
    }

    /** Who moderators see as the author: the last editor of the page, or the staff member who registered it. */
    long authorId() {
        return updatedBy != null ? updatedBy : createdBy != null ? createdBy : 0L;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
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
    public String getAddress() { return address; }
    public String getOpeningHours() { return openingHours; }
    public String getPhone() { return phone; }
    public String getEmail() { return email; }
    public String getWebsite() { return website; }
    public Set<Long> getMembers() { return Set.copyOf(members); }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
