package org.voisinage.initiative;

import org.springframework.stereotype.Component;
import org.voisinage.account.ResidentView;
import org.voisinage.account.Residents;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;

/**
 * The rules every initiative use-case shares: finding an initiative, and who may act on it and while it is open.
 * Only verified, not barred residents of the initiative's own neighbourhood act; its organisers change it.
 */
@Component
class InitiativeRules {

    private final InitiativeRepository initiatives;
    private final MembershipRepository members;
    private final Residents residents;

    InitiativeRules(InitiativeRepository initiatives, MembershipRepository members, Residents residents) {
        this.initiatives = initiatives;
        this.members = members;
        this.residents = residents;
    }

    Initiative get(long id) {
        return initiatives.findById(id).orElseThrow(() -> new NotFoundException("initiative", id));
    }

    /** A verified, not barred resident with a neighbourhood: who may propose. */
    ResidentView actingResident(long residentId) {
        ResidentView me = residents.find(residentId).orElseThrow(() -> new NotFoundException("resident", residentId));
        if (!me.verified() || me.neighbourhoodId() == null || residents.isBarred(residentId)) {
            throw Refusal.forbidden("initiative.refused.notVerified");
        }
        return me;
    }

    /** Only verified residents of the initiative's own neighbourhood act on it. */
    ResidentView neighbourOf(Initiative initiative, long residentId) {
        ResidentView me = actingResident(residentId);
        if (me.neighbourhoodId() != initiative.getNeighbourhoodId()) {
            throw Refusal.forbidden("initiative.refused.notNeighbour");
        }
        return me;
    }

    /** Whether this resident organises the initiative (an initiator or a co-organiser). */
    boolean isOrganiser(long id, long residentId) {
        return members.findByInitiativeIdAndResidentId(id, residentId).map(m -> m.getRole().organises()).orElse(false);
    }

    /** The initiative, when this resident is a neighbour who organises it. */
    Initiative organisedBy(long id, long residentId) {
        Initiative initiative = get(id);
        neighbourOf(initiative, residentId);
        if (!isOrganiser(id, residentId)) {
            throw Refusal.forbidden("initiative.refused.notOrganiser");
        }
        return initiative;
    }

    /** The initiative, when residents may still take part: not hidden (else not found), not over. */
    Initiative open(long id) {
        Initiative initiative = get(id);
        if (initiative.isHidden()) {
            throw new NotFoundException("initiative", id);
        }
        requireOpen(initiative);
        return initiative;
    }

    static void requireOpen(Initiative initiative) {
        if (!initiative.isOpen()) {
            throw new Refusal(Refusal.Kind.CONFLICT, null, "initiative.refused.over");
        }
    }
}
