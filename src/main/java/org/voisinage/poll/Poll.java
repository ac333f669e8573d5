package org.voisinage.poll;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * A question asked until {@code endsAt}. It closes by itself: past its end it takes no ballot and its results are
 * out (nothing to change on the row; the results job only marks that followers were told). Whether results show
 * while it is open is chosen at creation and never changes: the row has no setter for it.
 */
@Entity
class Poll {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private PollAudience audience;

    private long territoryId;
    private Long neighbourhoodId;
    private Long initiativeId;
    private String question;
    private boolean multipleChoice;
    private boolean liveResults;
    private Instant endsAt;
    private Long createdBy;
    private Instant createdAt;
    private Instant resultsToldAt;

    /** How many ballots it has, read with the row (lists show it without a statement per poll). */
    @org.hibernate.annotations.Formula("(select count(*) from poll_ballot b where b.poll_id = id)")
    private long ballots;

    protected Poll() {}

    Poll(PollAudience audience, long territoryId, Long neighbourhoodId, Long initiativeId, String question,
            boolean multipleChoice, boolean liveResults, Instant endsAt, long createdBy, Instant now) {
        this.audience = audience;
        this.territoryId = territoryId;
        this.neighbourhoodId = neighbourhoodId;
        this.initiativeId = initiativeId;
        this.question = question;
        this.multipleChoice = multipleChoice;
        this.liveResults = liveResults;
        this.endsAt = endsAt;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    boolean isOpen(Instant now) {
        return now.isBefore(endsAt);
    }

    /** Live results show from the first ballot; the others once the poll ended. */
    boolean showsResults(Instant now) {
        return liveResults || !isOpen(now);
    }

    /** Followers are told once that the results are out. */
    void resultsTold(Instant now) {
        this.resultsToldAt = now;
    }

    Long getId() { return id; }
    PollAudience getAudience() { return audience; }
    long getTerritoryId() { return territoryId; }
    Long getNeighbourhoodId() { return neighbourhoodId; }
    Long getInitiativeId() { return initiativeId; }
    String getQuestion() { return question; }
    boolean isMultipleChoice() { return multipleChoice; }
    boolean isLiveResults() { return liveResults; }
    Instant getEndsAt() { return endsAt; }
    Long getCreatedBy() { return createdBy; }
    Instant getCreatedAt() { return createdAt; }
    Instant getResultsToldAt() { return resultsToldAt; }
    long getBallots() { return ballots; }
}
