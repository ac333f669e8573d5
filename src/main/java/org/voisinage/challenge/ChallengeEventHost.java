package org.voisinage.challenge;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.Residents;
import org.voisinage.agenda.EventHost;
import org.voisinage.agenda.EventHostSummary;

/**
 * Challenges host events (the Koom "apéro" where neighbours meet about it): staff organise them. A challenge of a
 * whole territory has no neighbourhood of its own (0): staff choose the event's.
 */
@Component
class ChallengeEventHost implements EventHost {

    static final String TYPE = "challenge";

    private final ChallengeRepository challenges;
    private final Residents residents;

    ChallengeEventHost(ChallengeRepository challenges, Residents residents) {
        this.challenges = challenges;
        this.residents = residents;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<EventHostSummary> find(long id) {
        return challenges.findById(id).filter(c -> c.getState().isPublic())
                .map(c -> new EventHostSummary(TYPE, id, c.getTitle(), "/defis/" + id,
                        c.getNeighbourhoodId() == null ? 0 : c.getNeighbourhoodId()));
    }

    @Override
    public boolean canOrganise(long id, long residentId) {
        return residents.find(residentId).filter(r -> r.staff()).isPresent() && !residents.isBarred(residentId);
    }
}
