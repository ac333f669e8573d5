package org.voisinage.agenda;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.voisinage.account.Residents;
import org.voisinage.common.SiteClock;
import org.voisinage.moderation.ContentType;
import org.voisinage.moderation.ModeratedRows;

/**
 * Moderation of events: the moderation module hides, restores and redacts them through this. Rows are locked, as
 * answers change the same row (its counts) concurrently.
 */
@Component
class EventModeration extends ModeratedRows<AgendaEvent> {

    private final AgendaEventRepository events;
    private final Residents residents;
    private final EventAccess access;

    EventModeration(AgendaEventRepository events, Residents residents, EventAccess access, SiteClock clock) {
        super(ContentType.EVENT, events::findById, AgendaEvent::redact, clock);
        this.events = events;
        this.residents = residents;
        this.access = access;
    }

    @Override
    protected Optional<AgendaEvent> findForChange(long id) {
        return events.lock(id);
    }

    @Override
    protected Summary summary(AgendaEvent e) {
        return new Summary(e.getOrganiserId(), e.getNeighbourhoodId(), e.getTitle(), e.getDescription(),
                "/agenda/evenements/" + e.getId());
    }

    @Override
    protected boolean seenBy(AgendaEvent e, long residentId) {
        return access.maySee(residents.viewer(residentId), e);
    }
}
