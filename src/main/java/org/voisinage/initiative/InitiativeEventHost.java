package org.voisinage.initiative;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.voisinage.agenda.EventHost;
import org.voisinage.agenda.EventHostSummary;

/** Initiatives host events (a work day, a meeting): their organisers create and manage them. */
@Component
class InitiativeEventHost implements EventHost {

    private final InitiativeRepository initiatives;
    private final InitiativeRules rules;

    InitiativeEventHost(InitiativeRepository initiatives, InitiativeRules rules) {
        this.initiatives = initiatives;
        this.rules = rules;
    }

    @Override
    public String type() {
        return Initiatives.TOPIC_TYPE;
    }

    @Override
    public Optional<EventHostSummary> find(long id) {
        return initiatives.findById(id).filter(i -> !i.isHidden())
                .map(i -> new EventHostSummary(type(), id, i.getTitle(), Initiatives.path(id), i.getNeighbourhoodId()));
    }

    @Override
    public boolean canOrganise(long id, long residentId) {
        return find(id).isPresent() && rules.isOrganiser(id, residentId);
    }
}
