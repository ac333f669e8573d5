package org.voisinage.initiative;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.ResidentView;
import org.voisinage.common.Refusal;
import org.voisinage.following.Follows;

/** Taking part in an initiative: neighbours join and leave, its initiator names co-organisers. */
@Service
@Transactional(readOnly = true)
public class InitiativeMembers {

    private final MembershipRepository members;
    private final InitiativeRules rules;
    private final Follows follows;
    private final Clock clock;

    InitiativeMembers(MembershipRepository members, InitiativeRules rules, Follows follows, Clock clock) {
        this.members = members;
        this.rules = rules;
        this.follows = follows;
        this.clock = clock;
    }

    /** A verified neighbour joins; they follow the initiative's news. Joining twice is refused. */
    @Transactional
    public void join(long id, long residentId) {
        Initiative initiative = rules.open(id);
        ResidentView me = rules.neighbourOf(initiative, residentId);
        if (members.existsByInitiativeIdAndResidentId(id, residentId)) {
            throw Refusal.conflict("initiative.join.already");
        }
        members.saveAndFlush(new Membership(id, residentId, me.displayName(), MemberRole.MEMBER, clock.instant()));
        initiative.touch(clock.instant());
        follows.follow(residentId, Initiatives.topic(id));
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
        rules.neighbourOf(rules.get(id), initiatorId);
        members.findByInitiativeIdAndResidentId(id, initiatorId)
                .filter(m -> m.getRole() == MemberRole.INITIATOR)
                .orElseThrow(() -> Refusal.forbidden("initiative.refused.notInitiator"));
        members.findByInitiativeIdAndResidentId(id, memberId)
                .orElseThrow(() -> Refusal.conflict("initiative.coOrganiser.notMember"))
                .makeCoOrganiser();
    }

    /** Whether this resident organises the initiative (an initiator or a co-organiser). */
    public boolean isOrganiser(long id, long residentId) {
        return rules.isOrganiser(id, residentId);
    }

    /** Whether this resident is a member of the initiative (an organiser or not). */
    public boolean isMember(long id, long residentId) {
        return members.existsByInitiativeIdAndResidentId(id, residentId);
    }

    /** The initiatives this resident is a member of. */
    public java.util.List<Long> initiativesOf(long residentId) {
        return members.findByResidentId(residentId).stream().map(Membership::getInitiativeId).toList();
    }

    /** @throws org.voisinage.common.NotFoundException when there is no such initiative */
    public InitiativeSummary summary(long id) {
        Initiative initiative = rules.get(id);
        return new InitiativeSummary(id, initiative.getTitle(), initiative.getNeighbourhoodId());
    }
}
