package org.voisinage.organisation;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.voisinage.account.CurrentUser;
import org.voisinage.account.ResidentStatus;
import org.voisinage.account.Residents;

/** Builds the {@link Viewer} of a request from the signed-in person, read fresh. */
@Component
class Viewers {

    private final Residents residents;

    Viewers(Residents residents) {
        this.residents = residents;
    }

    Viewer of(CurrentUser user) {
        if (user == null) {
            return Viewer.ANONYMOUS;
        }
        return residents.details(user.id())
                .map(r -> new Viewer(r.id(), true, user.isStaff(), r.status() == ResidentStatus.VERIFIED,
                        r.neighbourhoodId(), r.moderatedNeighbourhoods() == null ? Set.of() : r.moderatedNeighbourhoods(),
                        residents.isBarred(r.id()), residents.viewer(r.id()).territoryId()))
                .orElse(Viewer.ANONYMOUS);
    }
}
