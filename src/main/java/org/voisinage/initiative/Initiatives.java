package org.voisinage.initiative;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.ResidentView;
import org.voisinage.common.Markdown;
import org.voisinage.common.Refusal;
import org.voisinage.following.Follows;
import org.voisinage.following.Topic;
import org.voisinage.following.TopicActivity;
import org.voisinage.organisation.OrganisationSummary;
import org.voisinage.organisation.Organisations;

/**
 * Launching initiatives and moving them on: proposing one, for oneself or an organisation, and its status. The
 * other use-cases have their own services: {@link InitiativePages} (its page), {@link InitiativeMembers},
 * {@link InitiativeNeeds} (needs and offers), {@link InitiativeDiscussion}, {@link InitiativeNews},
 * {@link InitiativeFeed} (lists and search).
 */
@Service
@Transactional(readOnly = true)
public class Initiatives {

    /** The type of initiatives' topics (following) and hosts (agenda). */
    public static final String TOPIC_TYPE = "initiative";
    static final int SUMMARY_LENGTH = 280;

    private final InitiativeRepository initiatives;
    private final MembershipRepository members;
    private final InitiativeRules rules;
    private final InitiativePlaces places;
    private final Organisations organisations;
    private final Follows follows;
    private final Markdown markdown;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Initiatives(InitiativeRepository initiatives, MembershipRepository members, InitiativeRules rules,
            InitiativePlaces places, Organisations organisations, Follows follows, Markdown markdown,
            ApplicationEventPublisher events, Clock clock) {
        this.initiatives = initiatives;
        this.members = members;
        this.rules = rules;
        this.places = places;
        this.organisations = organisations;
        this.follows = follows;
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

    /** How the activity announcing a piece of news names it, to withdraw it if a moderator hides or redacts it. */
    static String quoted(long updateId) {
        return "initiative-update:" + updateId;
    }

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
        ResidentView me = rules.actingResident(residentId);
        String carrierName = me.displayName();
        if (form.organisationId() != null) {
            if (!organisations.isMember(form.organisationId(), residentId)) {
                throw Refusal.invalid("organisationId", "initiative.organisation.notMember");
            }
            carrierName = organisations.get(form.organisationId()).name();
        }
        Instant now = clock.instant();
        Initiative initiative = new Initiative(me.neighbourhoodId(), form.title(), form.description(),
                markdown.plain(form.description(), SUMMARY_LENGTH), form.theme(), residentId, form.organisationId(),
                carrierName, now);
        places.place(initiative, form);
        initiatives.save(initiative);
        members.save(new Membership(initiative.getId(), residentId, me.displayName(), MemberRole.INITIATOR, now));
        follows.follow(residentId, topic(initiative.getId()));
        return initiative.getId();
    }

    /** Its organisers move it on; followers hear of it at once. */
    @Transactional
    public void changeStatus(long id, long organiserId, StatusForm form) {
        Initiative initiative = rules.organisedBy(id, organiserId);
        Instant now = clock.instant();
        initiative.moveTo(form.status(), form.reason(), now);
        events.publishEvent(new TopicActivity(topic(id), initiative.getTitle(), path(id), "state",
                "initiative.activity.status." + form.status().name(), List.of(), 0, true, now));
    }
}
