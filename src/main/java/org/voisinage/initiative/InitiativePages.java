package org.voisinage.initiative;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.ResidentView;
import org.voisinage.account.Residents;
import org.voisinage.agenda.Agenda;
import org.voisinage.common.Markdown;
import org.voisinage.common.NotFoundException;
import org.voisinage.initiative.InitiativeViews.Details;
import org.voisinage.initiative.InitiativeViews.MemberView;
import org.voisinage.initiative.InitiativeViews.Page;
import org.voisinage.initiative.InitiativeViews.Viewer;

/**
 * An initiative's page as a viewer may see it: its details, needs, members, discussion, news and coming events, each
 * part read by the service of its use-case.
 */
@Service
@Transactional(readOnly = true)
public class InitiativePages {

    private final MembershipRepository members;
    private final Residents residents;
    private final InitiativePlaces places;
    private final InitiativeNeeds needs;
    private final InitiativeDiscussion discussion;
    private final InitiativeNews news;
    private final Agenda agenda;
    private final Markdown markdown;
    private final InitiativeAccess access;

    InitiativePages(MembershipRepository members, Residents residents, InitiativePlaces places,
            InitiativeNeeds needs, InitiativeDiscussion discussion, InitiativeNews news, Agenda agenda,
            Markdown markdown, InitiativeAccess access) {
        this.access = access;
        this.members = members;
        this.residents = residents;
        this.places = places;
        this.needs = needs;
        this.discussion = discussion;
        this.news = news;
        this.agenda = agenda;
        this.markdown = markdown;
    }

    /**
     * The initiative's page as this viewer (null: anonymous) may see it, in a fixed number of queries whatever its
     * numbers of needs, offers, members and comments. Hidden by moderators: only its author and moderators see it.
     */
    public Page page(long id, Long viewerId) {
        List<Object[]> rows = members.findInitiativeWithMembers(id);
        if (rows.isEmpty()) {
            throw new NotFoundException("initiative", id);
        }
        Initiative initiative = (Initiative) rows.get(0)[0];
        List<Membership> memberships = rows.stream().filter(row -> row[1] != null).map(row -> (Membership) row[1])
                .toList();
        Optional<ResidentView> me = viewerId == null ? Optional.empty() : residents.find(viewerId);
        // hidden rows: staff and the moderators of THIS neighbourhood, not every moderator
        boolean moderator = viewerId != null && residents.viewer(viewerId).moderates(initiative.getNeighbourhoodId());
        // hidden: its author and moderators only; a members-only territory's: not for anonymous visitors
        if (!access.maySee(residents.viewer(viewerId), initiative)) {
            throw new NotFoundException("initiative", id);
        }
        Viewer viewer = viewer(initiative, me, memberships, moderator);
        Details details = new Details(id, initiative.getTitle(), initiative.getDescription(),
                markdown.html(initiative.getDescription()), initiative.getTheme(),
                initiative.getStatus(), initiative.getAbandonReason(), initiative.getPlaceLabel(),
                places.addressLabel(initiative), initiative.getNeighbourhoodId(), places.neighbourhoodName(initiative),
                initiative.getCarrierName(), initiative.getOrganisationId(), initiative.getCreatedAt(),
                initiative.getLastActivityAt(), initiative.isHidden(), initiative.getHiddenReason());
        List<MemberView> memberViews = viewer.seesMembersOnly()
                ? memberships.stream().map(m -> new MemberView(m.getResidentId(), m.getDisplayName(), m.getRole())).toList()
                : List.of();
        return new Page(details, needs.views(id, viewer), memberViews, discussion.views(id, viewer),
                news.views(id, viewer), agenda.upcomingOf(Initiatives.TOPIC_TYPE, id, 5), viewer);
    }

    private Viewer viewer(Initiative initiative, Optional<ResidentView> me, List<Membership> memberships,
            boolean moderator) {
        if (me.isEmpty()) {
            return new Viewer(null, false, false, false, null, false, false, false);
        }
        ResidentView v = me.get();
        boolean neighbour = v.verified() && v.neighbourhoodId() != null
                && v.neighbourhoodId() == initiative.getNeighbourhoodId();
        MemberRole role = memberships.stream().filter(m -> m.getResidentId() == v.id()).map(Membership::getRole)
                .findFirst().orElse(null);
        return new Viewer(v.id(), true, neighbour,
                residents.viewer(v.id()).isMemberOf(initiative.getNeighbourhoodId()), role,
                role == MemberRole.INITIATOR, role != null && role.organises(), moderator);
    }
}
