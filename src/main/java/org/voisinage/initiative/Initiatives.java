package org.voisinage.initiative;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.ResidentView;
import org.voisinage.account.Residents;
import org.voisinage.agenda.Agenda;
import org.voisinage.common.Markdown;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;
import org.voisinage.directory.AddressDirectory;
import org.voisinage.directory.AddressMatch;
import org.voisinage.directory.AddressQuery;
import org.voisinage.directory.DirectoryAddress;
import org.voisinage.following.Follows;
import org.voisinage.following.Topic;
import org.voisinage.following.TopicActivity;
import org.voisinage.initiative.InitiativeViews.CommentView;
import org.voisinage.initiative.InitiativeViews.Details;
import org.voisinage.initiative.InitiativeViews.MemberView;
import org.voisinage.initiative.InitiativeViews.NeedView;
import org.voisinage.initiative.InitiativeViews.OfferView;
import org.voisinage.initiative.InitiativeViews.Page;
import org.voisinage.initiative.InitiativeViews.UpdateView;
import org.voisinage.initiative.InitiativeViews.Viewer;
import org.voisinage.neighbourhood.NeighbourhoodSummary;
import org.voisinage.neighbourhood.Neighbourhoods;
import org.voisinage.organisation.OrganisationSummary;
import org.voisinage.organisation.Organisations;

/**
 * The initiatives' use-cases and the initiative module's API for other modules: proposing, the page, members, needs
 * and offers, status, the discussion and news. Only verified residents of the initiative's neighbourhood act.
 */
@Service
@Transactional(readOnly = true)
public class Initiatives {

    /** The type of initiatives' topics (following) and hosts (agenda). */
    public static final String TOPIC_TYPE = "initiative";
    static final int SUMMARY_LENGTH = 280;

    private final InitiativeRepository initiatives;
    private final MembershipRepository members;
    private final NeedRepository needs;
    private final OfferRepository offers;
    private final CommentRepository comments;
    private final InitiativeUpdateRepository updates;
    private final Residents residents;
    private final Neighbourhoods neighbourhoods;
    private final AddressDirectory directory;
    private final Organisations organisations;
    private final Follows follows;
    private final Agenda agenda;
    private final Markdown markdown;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Initiatives(InitiativeRepository initiatives, MembershipRepository members, NeedRepository needs,
            OfferRepository offers, CommentRepository comments, InitiativeUpdateRepository updates, Residents residents,
            Neighbourhoods neighbourhoods, AddressDirectory directory, Organisations organisations, Follows follows,
            Agenda agenda, Markdown markdown, ApplicationEventPublisher events, Clock clock) {
        this.initiatives = initiatives;
        this.members = members;
        this.needs = needs;
        this.offers = offers;
        this.comments = comments;
        this.updates = updates;
        this.residents = residents;
        this.neighbourhoods = neighbourhoods;
        this.directory = directory;
        this.organisations = organisations;
        this.follows = follows;
        this.agenda = agenda;
        this.markdown = markdown;
        this.events = events;
        this.clock = clock;
    }

    public static Topic topic(long initiativeId) {
        return new Topic(TOPIC_TYPE, initiativeId);
    }

    public static String path(long initiativeId) {
        return "/initiatives/" + initiativeId;
    }

    // Proposing

    /** The organisations a resident may propose an initiative for. */
    public List<OrganisationSummary> carriersFor(long residentId) {
        return organisations.of(residentId);
    }

    /**
     * A verified resident proposes an initiative in their neighbourhood, for themselves or for an organisation they
     * belong to. They become its initiator, and follow it.
     *
     * @throws Refusal (a {@link PlaceToPick} when the place must be picked among directory addresses)
     */
    @Transactional
    public long propose(long residentId, InitiativeForm form) {
        ResidentView me = actingResident(residentId);
        long neighbourhoodId = me.neighbourhoodId();
        String carrierName = me.displayName();
        if (form.organisationId() != null) {
            if (!organisations.isMember(form.organisationId(), residentId)) {
                throw Refusal.invalid("organisationId", "initiative.organisation.notMember");
            }
            carrierName = organisations.get(form.organisationId()).name();
        }
        Instant now = clock.instant();
        Initiative initiative = new Initiative(neighbourhoodId, form.title(), form.description(),
                markdown.plain(form.description(), SUMMARY_LENGTH), form.theme(), residentId, form.organisationId(),
                carrierName, now);
        place(initiative, form, neighbourhoods.get(neighbourhoodId));
        initiatives.save(initiative);
        members.save(new Membership(initiative.getId(), residentId, me.displayName(), MemberRole.INITIATOR, now));
        follows.follow(residentId, topic(initiative.getId()));
        return initiative.getId();
    }

    private void place(Initiative initiative, InitiativeForm form, NeighbourhoodSummary neighbourhood) {
        Optional<DirectoryAddress> address = Optional.empty();
        if (!blank(form.placeAddressId())) {
            address = directory.find(form.placeAddressId().strip());
            if (address.isEmpty()) {
                throw Refusal.invalid("placeStreet", "initiative.place.unknown");
            }
        } else if (!blank(form.placeStreet())) {
            String postcode = blank(form.placePostcode()) ? null : form.placePostcode().strip();
            AddressMatch match = directory.match(new AddressQuery(null, form.placeStreet(), postcode,
                    postcode == null ? neighbourhood.territoryName() : null));
            if (match.exact().isEmpty()) {
                throw new PlaceToPick(match.suggestions());
            }
            address = match.exact();
        }
        if (address.isPresent()) {
            DirectoryAddress a = address.get();
            initiative.placeAt(a.id(), blank(form.placeText()) ? a.label() : form.placeText(), a.longitude(),
                    a.latitude());
        } else {
            double[] centre = neighbourhoods.centre(neighbourhood.id()).orElse(new double[] {0, 0});
            initiative.placeAt(null, form.placeText(), centre[0], centre[1]);
        }
    }

    // The page

    public Initiative get(long id) {
        return initiatives.findById(id).orElseThrow(() -> new NotFoundException("initiative", id));
    }

    /**
     * The initiative's page as this viewer (null: anonymous) may see it, in a fixed number of queries whatever its
     * numbers of needs, offers, members and comments. Hidden by moderators: only its author and moderators see it.
     */
    public Page page(long id, Long viewerId) {
        Initiative initiative = get(id);
        Optional<ResidentView> me = viewerId == null ? Optional.empty() : residents.find(viewerId);
        // hidden rows: staff and the moderators of THIS neighbourhood, not every moderator
        boolean moderator = viewerId != null && residents.viewer(viewerId).moderates(initiative.getNeighbourhoodId());
        if (initiative.isHidden() && !moderator && !me.map(v -> v.id() == initiative.getCreatedBy()).orElse(false)) {
            throw new NotFoundException("initiative", id);
        }
        List<Membership> memberships = members.findByInitiativeIdOrderByJoinedAtAscIdAsc(id);
        Viewer viewer = viewer(initiative, me, memberships, moderator);
        NeighbourhoodSummary neighbourhood = neighbourhoods.get(initiative.getNeighbourhoodId());
        String addressLabel = initiative.getPlaceAddressId() == null ? null
                : directory.find(initiative.getPlaceAddressId()).map(DirectoryAddress::label).orElse(null);
        Details details = new Details(id, initiative.getTitle(), initiative.getDescription(),
                markdown.html(initiative.getDescription()), initiative.getTheme(),
                initiative.getStatus(), initiative.getAbandonReason(), initiative.getPlaceLabel(), addressLabel,
                initiative.getNeighbourhoodId(), neighbourhood.name(), initiative.getCarrierName(),
                initiative.getOrganisationId(), initiative.getCreatedAt(), initiative.getLastActivityAt(),
                initiative.isHidden(), initiative.getHiddenReason());
        List<MemberView> memberViews = viewer.seesMembersOnly()
                ? memberships.stream().map(m -> new MemberView(m.getResidentId(), m.getDisplayName(), m.getRole())).toList()
                : List.of();
        Instant now = clock.instant();
        List<CommentView> commentViews = viewer.seesMembersOnly()
                ? comments.findByInitiativeIdOrderByCreatedAtAscIdAsc(id).stream()
                        .filter(c -> !c.isHidden() || moderator || isViewer(viewer, c.getAuthorId()))
                        .map(c -> new CommentView(c.getId(), c.getAuthorName(), c.getBody(),
                                markdown.html(c.getBody()), c.getCreatedAt(),
                                c.getEditedAt(), isViewer(viewer, c.getAuthorId()),
                                viewer.id() != null && c.isEditableBy(viewer.id(), now), c.isHidden(), c.getHiddenReason()))
                        .toList()
                : List.of();
        List<UpdateView> updateViews = updates.findByInitiativeIdOrderByPostedAtDescIdDesc(id).stream()
                .filter(u -> !u.isHidden() || moderator || isViewer(viewer, u.getAuthorId()))
                .map(u -> new UpdateView(u.getId(), u.getAuthorName(), markdown.html(u.getBody()), u.getPostedAt(), u.isHidden(),
                        u.getHiddenReason()))
                .toList();
        return new Page(details, needViews(id, viewer), memberViews, commentViews, updateViews,
                agenda.upcomingOf(TOPIC_TYPE, id, 5), viewer);
    }

    private static boolean isViewer(Viewer viewer, long residentId) {
        return viewer.id() != null && viewer.id() == residentId;
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
        return new Viewer(v.id(), true, neighbour, v.isMemberOf(initiative.getNeighbourhoodId()), role,
                role == MemberRole.INITIATOR, role != null && role.organises(), moderator);
    }

    private List<NeedView> needViews(long initiativeId, Viewer viewer) {
        Map<Long, List<Offer>> byNeed = offers.findByInitiativeIdOrderByIdAsc(initiativeId).stream()
                .collect(Collectors.groupingBy(Offer::getNeedId));
        return needs.findByInitiativeIdOrderByIdAsc(initiativeId).stream().map(need -> {
            List<Offer> list = byNeed.getOrDefault(need.getId(), List.of());
            int accepted = list.stream().filter(o -> o.getStatus() == OfferStatus.ACCEPTED).mapToInt(Offer::getQuantity)
                    .sum();
            List<OfferView> shown = list.stream()
                    .filter(o -> viewer.organiser() || isViewer(viewer, o.getResidentId()))
                    .map(o -> new OfferView(o.getId(), o.getDisplayName(), o.getQuantity(), o.getNote(), o.getStatus(),
                            isViewer(viewer, o.getResidentId())))
                    .toList();
            return new NeedView(need.getId(), need.getKind(), need.getLabel(), need.getQuantity(), need.getNeededOn(),
                    accepted, need.missing(accepted), need.isFilledBy(accepted), shown);
        }).toList();
    }

    // Members

    /** A verified neighbour joins; they follow the initiative's news. Joining twice is refused. */
    @Transactional
    public void join(long id, long residentId) {
        Initiative initiative = open(id);
        ResidentView me = neighbourOf(initiative, residentId);
        if (members.existsByInitiativeIdAndResidentId(id, residentId)) {
            throw Refusal.conflict("initiative.join.already");
        }
        members.saveAndFlush(new Membership(id, residentId, me.displayName(), MemberRole.MEMBER, clock.instant()));
        initiative.touch(clock.instant());
        follows.follow(residentId, topic(id));
    }

    /** A member leaves (an initiator cannot: someone must carry it). */
    @Transactional
    public void leave(long id, long residentId) {
        Membership membership = members.findByInitiativeIdAndResidentId(id, residentId)
                .orElseThrow(() -> Refusal.conflict("initiative.leave.notMember"));
        if (membership.getRole() == MemberRole.INITIATOR) {
            throw Refusal.conflict("initiative.leave.initiator");
        }
        members.delete(membership);
    }

    /** An initiator names a member co-organiser. */
    @Transactional
    public void nameCoOrganiser(long id, long initiatorId, long memberId) {
        Initiative initiative = get(id);
        neighbourOf(initiative, initiatorId);
        Membership initiator = members.findByInitiativeIdAndResidentId(id, initiatorId)
                .filter(m -> m.getRole() == MemberRole.INITIATOR)
                .orElseThrow(() -> Refusal.forbidden("initiative.refused.notInitiator"));
        members.findByInitiativeIdAndResidentId(id, memberId)
                .orElseThrow(() -> Refusal.conflict("initiative.coOrganiser.notMember"))
                .makeCoOrganiser();
    }

    /** Whether this resident organises the initiative (an initiator or a co-organiser). */
    public boolean isOrganiser(long id, long residentId) {
        return members.findByInitiativeIdAndResidentId(id, residentId).map(m -> m.getRole().organises()).orElse(false);
    }

    // Status

    @Transactional
    public void changeStatus(long id, long organiserId, StatusForm form) {
        Initiative initiative = organisedBy(id, organiserId);
        Instant now = clock.instant();
        initiative.moveTo(form.status(), form.reason(), now);
        events.publishEvent(new TopicActivity(topic(id), initiative.getTitle(), path(id), "state",
                "initiative.activity.status." + form.status().name(), List.of(), 0, true, now));
    }

    // Needs and offers

    @Transactional
    public long addNeed(long id, long organiserId, NeedForm form) {
        Initiative initiative = organisedBy(id, organiserId);
        requireOpen(initiative);
        Instant now = clock.instant();
        Need need = needs.save(new Need(id, form.kind(), form.label(), form.quantity() == null ? 0 : form.quantity(),
                form.kind() == NeedKind.PEOPLE ? form.neededOn() : null, now));
        initiative.touch(now);
        return need.getId();
    }

    /**
     * A verified neighbour offers to fill (part of) a need. Refused when the need is filled already, or while their
     * previous offer on it waits for an answer.
     */
    @Transactional
    public long offer(long id, long needId, long residentId, OfferForm form) {
        Initiative initiative = open(id);
        ResidentView me = neighbourOf(initiative, residentId);
        Need need = needOf(id, needId);
        if (need.isFilledBy(offers.acceptedQuantity(needId))) {
            throw Refusal.conflict("initiative.need.filled");
        }
        if (offers.existsByNeedIdAndResidentIdAndStatus(needId, residentId, OfferStatus.PENDING)) {
            throw Refusal.conflict("initiative.offer.already");
        }
        Instant now = clock.instant();
        Offer offer = offers.save(new Offer(needId, id, residentId, me.displayName(),
                form.quantity() == null ? 0 : form.quantity(), form.note(), now));
        initiative.touch(now);
        return offer.getId();
    }

    /** An organiser accepts or declines an offer, once. */
    @Transactional
    public void decideOffer(long id, long offerId, long organiserId, boolean accept) {
        organisedBy(id, organiserId);
        Initiative initiative = initiatives.findLocked(id).orElseThrow(() -> new NotFoundException("initiative", id));
        Offer offer = offers.findById(offerId).filter(o -> o.getInitiativeId() == id)
                .orElseThrow(() -> new NotFoundException("offer", offerId));
        offer.decide(accept, clock.instant());
        initiative.touch(clock.instant());
    }

    /** A need as the needs list shows it: how much accepted offers cover. */
    public NeedView need(long id, long needId) {
        Need need = needOf(id, needId);
        int accepted = offers.acceptedQuantity(needId);
        return new NeedView(needId, need.getKind(), need.getLabel(), need.getQuantity(), need.getNeededOn(), accepted,
                need.missing(accepted), need.isFilledBy(accepted), List.of());
    }

    private Need needOf(long id, long needId) {
        return needs.findById(needId).filter(n -> n.getInitiativeId() == id)
                .orElseThrow(() -> new NotFoundException("need", needId));
    }

    // Discussion and news

    @Transactional
    public long comment(long id, long residentId, CommentForm form) {
        Initiative initiative = open(id);
        ResidentView me = neighbourOf(initiative, residentId);
        Instant now = clock.instant();
        Comment comment = comments.save(new Comment(id, residentId, me.displayName(), form.body(), now));
        initiative.touch(now);
        return comment.getId();
    }

    /** The author changes their comment within 15 minutes of writing it. */
    @Transactional
    public void editComment(long id, long commentId, long residentId, CommentForm form) {
        commentOf(id, commentId).edit(residentId, form.body(), clock.instant());
    }

    /** The author deletes their comment. */
    @Transactional
    public void deleteComment(long id, long commentId, long residentId) {
        Comment comment = commentOf(id, commentId);
        if (comment.getAuthorId() != residentId) {
            throw Refusal.forbidden("initiative.comment.notYours");
        }
        comments.delete(comment);
    }

    private Comment commentOf(long id, long commentId) {
        return comments.findById(commentId).filter(c -> c.getInitiativeId() == id)
                .orElseThrow(() -> new NotFoundException("comment", commentId));
    }

    /** How the activity announcing a piece of news names it, to withdraw it if a moderator hides or redacts it. */
    static String quoted(long updateId) {
        return "initiative-update:" + updateId;
    }

    /** Organisers post news: members and followers hear of it (in-app and in their digest). */
    @Transactional
    public long postUpdate(long id, long organiserId, CommentForm form) {
        Initiative initiative = organisedBy(id, organiserId);
        ResidentView me = residents.get(organiserId);
        Instant now = clock.instant();
        InitiativeUpdate update = updates.save(new InitiativeUpdate(id, organiserId, me.displayName(), form.body(), now));
        initiative.touch(now);
        events.publishEvent(new TopicActivity(topic(id), initiative.getTitle(), path(id), "update",
                "initiative.activity.update", List.of(markdown.plain(form.body(), 200)), 0, false, now)
                .quoting(quoted(update.getId())));
        return update.getId();
    }

    // Rules shared by the use-cases

    /** A verified, not barred resident with a neighbourhood: who may propose. */
    private ResidentView actingResident(long residentId) {
        ResidentView me = residents.find(residentId).orElseThrow(() -> new NotFoundException("resident", residentId));
        if (!me.verified() || me.neighbourhoodId() == null || residents.isBarred(residentId)) {
            throw Refusal.forbidden("initiative.refused.notVerified");
        }
        return me;
    }

    /** Only verified residents of the initiative's own neighbourhood act on it. */
    private ResidentView neighbourOf(Initiative initiative, long residentId) {
        ResidentView me = actingResident(residentId);
        if (me.neighbourhoodId() != initiative.getNeighbourhoodId()) {
            throw Refusal.forbidden("initiative.refused.notNeighbour");
        }
        return me;
    }

    private Initiative organisedBy(long id, long residentId) {
        Initiative initiative = get(id);
        neighbourOf(initiative, residentId);
        if (!isOrganiser(id, residentId)) {
            throw Refusal.forbidden("initiative.refused.notOrganiser");
        }
        return initiative;
    }

    private Initiative open(long id) {
        Initiative initiative = get(id);
        if (initiative.isHidden()) {
            throw new NotFoundException("initiative", id);
        }
        requireOpen(initiative);
        return initiative;
    }

    private static void requireOpen(Initiative initiative) {
        if (!initiative.isOpen()) {
            throw new Refusal(Refusal.Kind.CONFLICT, null, "initiative.refused.over");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

}
