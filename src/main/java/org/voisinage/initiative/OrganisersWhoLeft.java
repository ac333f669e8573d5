package org.voisinage.initiative;

import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.voisinage.account.ResidentLeft;
import org.voisinage.moderation.AuditTrail;

/**
 * A resident left the cooperative: their organiser roles pass to another organiser (the longest-standing one
 * becomes initiator when the initiator left); an initiative left without any organiser is flagged to staff in the
 * audit trail ({@value #FLAG}).
 */
@Component
class OrganisersWhoLeft {

    static final String FLAG = "initiative.organiserLeft";

    private final MembershipRepository members;
    private final AuditTrail auditTrail;

    OrganisersWhoLeft(MembershipRepository members, AuditTrail auditTrail) {
        this.members = members;
        this.auditTrail = auditTrail;
    }

    @ApplicationModuleListener
    void on(ResidentLeft event) {
        for (Membership leaving : members.findByResidentId(event.residentId())) {
            if (!leaving.getRole().organises()) {
                continue;
            }
            List<Membership> otherOrganisers = members.findByInitiativeIdOrderByJoinedAtAscIdAsc(leaving.getInitiativeId())
                    .stream().filter(m -> m.getResidentId() != event.residentId() && m.getRole().organises()).toList();
            if (otherOrganisers.isEmpty()) {
                auditTrail.record(event.residentId(), FLAG, "initiative:" + leaving.getInitiativeId(), null);
            } else if (leaving.getRole() == MemberRole.INITIATOR
                    && otherOrganisers.stream().noneMatch(m -> m.getRole() == MemberRole.INITIATOR)) {
                otherOrganisers.get(0).takeOverAsInitiator();
            }
            leaving.stepDown();
        }
    }
}
