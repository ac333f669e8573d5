package org.voisinage.announcement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.voisinage.common.HiddenState;
import org.voisinage.common.Hideable;

/** News from the cooperative's staff to a territory or to chosen neighbourhoods. */
@Entity
class Announcement implements Hideable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long authorId;
    private String title;
    private String body;
    private Long territoryId;
    private boolean pinned;
    private Instant expiresAt;
    private Instant publishedAt;
    private Instant unpublishedAt;
    /** Whether moderators hide it, since when and why (its author is shown why). */
    @Embedded
    private HiddenState hidden = new HiddenState();

    @ElementCollection
    @CollectionTable(name = "announcement_neighbourhood", joinColumns = @JoinColumn(name = "announcement_id"))
    @Column(name = "neighbourhood_id")
    private Set<Long> neighbourhoodIds = new HashSet<>();

    @Version
    private long version;

    protected Announcement() {}

    Announcement(long authorId, Instant now) {
        this.authorId = authorId;
        this.publishedAt = now;
    }

    void write(String title, String body, boolean pinned, Instant expiresAt) {
        this.title = title.strip();
        this.body = body.strip();
        this.pinned = pinned;
        this.expiresAt = expiresAt;
    }

    void sendTo(Long territoryId, Set<Long> neighbourhoodIds) {
        this.territoryId = territoryId;
        this.neighbourhoodIds.clear();
        this.neighbourhoodIds.addAll(neighbourhoodIds);
    }

    void unpublish(Instant now) {
        if (unpublishedAt == null) {
            unpublishedAt = now;
        }
    }

    /** Shown to residents now: published, not withdrawn nor hidden, not expired. */
    boolean isLive(Instant now) {
        return unpublishedAt == null && !isHidden() && (expiresAt == null || expiresAt.isAfter(now));
    }

    @Override
    public HiddenState hiddenState() {
        return hidden = HiddenState.orVisible(hidden);
    }

    void redact(String text) { this.body = text; }

    Long getId() { return id; }
    Long getAuthorId() { return authorId; }
    String getTitle() { return title; }
    String getBody() { return body; }
    Long getTerritoryId() { return territoryId; }
    boolean isPinned() { return pinned; }
    Instant getExpiresAt() { return expiresAt; }
    Instant getPublishedAt() { return publishedAt; }
    Instant getUnpublishedAt() { return unpublishedAt; }
    Set<Long> getNeighbourhoodIds() { return Set.copyOf(neighbourhoodIds); }
}
