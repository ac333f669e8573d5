package org.voisinage.suggestion;

import java.time.Instant;
import java.util.List;

/** Needs as pages show them. */
public final class SuggestionViews {

    private SuggestionViews() {}

    public record Card(long id, String title, String excerpt, SuggestionCategory category, SuggestionStatus status,
            int supports, String building, Instant createdAt, boolean hidden) {

        static Card of(Suggestion s, String excerpt) {
            return new Card(s.getId(), s.getTitle(), excerpt, s.getCategory(), s.getStatus(), s.getSupports(),
                    s.getBuilding(), s.getCreatedAt(), s.isHidden());
        }
    }

    public record Answer(SuggestionStatus status, String message, Instant at) {}

    /**
     * @param hiddenReason why moderators hid it, shown to its author only (null otherwise)
     * @param enteredByStaff staff raised it on an assisted resident's behalf
     * @param challengeId the collective challenge it became, or null
     */
    public record Detail(long id, long neighbourhoodId, String neighbourhoodName, String title, String text,
            SuggestionCategory category, SuggestionStatus status, int supports, String building, String authorName,
            Instant createdAt, List<Answer> answers, boolean mine, boolean supported, boolean canSupport,
            String hiddenReason, boolean enteredByStaff, Long challengeId) {}

    public record StatusCount(SuggestionStatus status, long needs, long supports) {}

    /** The staff dashboard's numbers: needs by status (every status), needs raised per neighbourhood id. */
    public record Tally(List<StatusCount> byStatus, java.util.Map<Long, Long> raisedPerNeighbourhood) {}
}
