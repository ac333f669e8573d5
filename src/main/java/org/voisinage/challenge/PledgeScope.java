package org.voisinage.challenge;

import org.springframework.stereotype.Component;
import org.voisinage.account.ResidentView;
import org.voisinage.neighbourhood.Neighbourhoods;

/** Who may pledge to a challenge by where they live: verified residents of its neighbourhood, or of its territory. */
@Component
class PledgeScope {

    private final Neighbourhoods neighbourhoods;

    PledgeScope(Neighbourhoods neighbourhoods) {
        this.neighbourhoods = neighbourhoods;
    }

    /** Why this person may not pledge to this challenge (scope and status only), or null. */
    String refusal(Challenge challenge, ResidentView resident) {
        if (!resident.verified()) {
            return "challenge.refused.pending";
        }
        if (resident.neighbourhoodId() == null) {
            return "challenge.refused.outOfScope";
        }
        if (challenge.getNeighbourhoodId() != null) {
            return challenge.getNeighbourhoodId().equals(resident.neighbourhoodId()) ? null : "challenge.refused.outOfScope";
        }
        return neighbourhoods.get(resident.neighbourhoodId()).territoryId() == challenge.getTerritoryId()
                ? null : "challenge.refused.outOfScope";
    }
}
