package org.voisinage.neighbourhood;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/** A town or a cooperative's site, grouping neighbourhoods. */
@Entity
public class Territory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;
    private String name;

    @Enumerated(EnumType.STRING)
    private TerritoryKind kind;

    private String description;

    /** Anonymous visitors see its name and its sign-up only. */
    private boolean membersOnly;

    @Column(updatable = false, insertable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Territory() {}

    public Territory(String slug, String name, TerritoryKind kind, String description) {
        this.slug = slug;
        this.name = name;
        this.kind = kind;
        this.description = description;
    }

    void setMembersOnly(boolean membersOnly) {
        this.membersOnly = membersOnly;
    }

    public boolean isMembersOnly() { return membersOnly; }

    public void update(String slug, String name, TerritoryKind kind, String description) {
        this.slug = slug;
        this.name = name;
        this.kind = kind;
        this.description = description;
    }

    public Long getId() { return id; }
    public String getSlug() { return slug; }
    public String getName() { return name; }
    public TerritoryKind getKind() { return kind; }
    public String getDescription() { return description; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
