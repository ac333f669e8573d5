package org.voisinage.initiative;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.voisinage.agenda.EventSummary;
import org.voisinage.following.Topic;

/** What the initiative pages show: records built by the services, read by the templates. */
public final class InitiativeViews {

    private InitiativeViews() {}

    /** An initiative in a list or a feed. {@code km}: the distance from the viewer, null when not computed. */
    public record Card(long id, String title, String summary, InitiativeTheme theme, InitiativeStatus status,
            String carrierName, long neighbourhoodId, String neighbourhoodName, Double km, int members, int openNeeds,
            Instant lastActivityAt) {}

    /** The home feed: the radius in use and the initiatives, best first. */
    public record Feed(int radiusKm, InitiativeTheme theme, InitiativeStatus status, List<Card> items) {}

    /** {@code descriptionHtml}: the Markdown rendered and sanitised by {@link org.voisinage.common.Markdown}. */
    public record Details(long id, String title, String description, String descriptionHtml, InitiativeTheme theme, InitiativeStatus status,
            String abandonReason, String placeLabel, String placeAddressLabel, long neighbourhoodId,
            String neighbourhoodName, String carrierName, Long organisationId, Instant createdAt,
            Instant lastActivityAt, boolean hidden, String hiddenReason) {}

    public record OfferView(long id, String residentName, int quantity, String note, OfferStatus status, boolean mine) {}

    /** A need with what accepted offers cover; {@code offers}: all of them for organisers, the viewer's own otherwise. */
    public record NeedView(long id, NeedKind kind, String label, int quantity, LocalDate neededOn, int accepted,
            int missing, boolean filled, List<OfferView> offers) {}

    public record MemberView(long residentId, String displayName, MemberRole role) {}

    public record CommentView(long id, String authorName, String body, String html, Instant createdAt, Instant editedAt,
            boolean mine, boolean editable, boolean hidden, String hiddenReason) {}

    public record UpdateView(long id, String authorName, String html, Instant postedAt, boolean hidden,
            String hiddenReason) {}

    /**
     * What the viewer may do and see.
     *
     * @param neighbour a verified resident of the initiative's neighbourhood, not barred: may join, offer, comment
     * @param seesMembersOnly may read the member list and the discussion (verified neighbours, staff)
     * @param role their part in the initiative, null when not a member
     */
    public record Viewer(Long id, boolean signedIn, boolean neighbour, boolean seesMembersOnly, MemberRole role,
            boolean initiator, boolean organiser, boolean moderator) {

        public boolean joined() {
            return role != null;
        }

        public boolean mayJoin() {
            return neighbour && role == null;
        }

        /** Whether the viewer is this resident. */
        public boolean is(long residentId) {
            return id != null && id == residentId;
        }
    }

    public record Page(Details initiative, List<NeedView> needs, List<MemberView> members, List<CommentView> comments,
            List<UpdateView> updates, List<EventSummary> events, Viewer viewer) {

        public Topic topic() {
            return Initiatives.topic(initiative.id());
        }

        public int memberCount() {
            return members.size();
        }
    }
}
