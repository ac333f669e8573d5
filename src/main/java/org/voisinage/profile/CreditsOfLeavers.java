package org.voisinage.profile;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.voisinage.account.ResidentLeft;

/** A resident left the cooperative: their time credits are settled as their territory decided. */
@Component
class CreditsOfLeavers {

    private final TimeCredits credits;

    CreditsOfLeavers(TimeCredits credits) {
        this.credits = credits;
    }

    @ApplicationModuleListener
    void on(ResidentLeft event) {
        if (event.territoryId() != null) {
            credits.settleLeaver(event.residentId(), event.territoryId());
        }
    }
}
