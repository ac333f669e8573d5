package org.voisinage.agenda;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.Viewer;
import org.voisinage.common.Keyset;
import org.voisinage.common.SiteClock;

/**
 * Agenda events as the read API gives them (issue 16), by the agenda's own policy ({@link EventAccess#maySee}): a
 * public event for anyone (not a members-only territory's for others), a members-only one for the neighbourhood's
 * members, a hidden one for its organiser and moderators. A cancelled event stays, with its cancellation.
 */
@Component
public class EventReads {

    public record EventResource(long id, long neighbourhoodId, String title, String description,
            OffsetDateTime startsAt, OffsetDateTime endsAt, String place, Integer capacity, int goingCount,
            Visibility visibility, boolean cancelled, OffsetDateTime cancelledAt, String hostType, Long hostId,
            Long seriesId, String path) {}

    private final AgendaEventRepository events;
    private final EventAccess access;
    private final SiteClock clock;

    EventReads(AgendaEventRepository events, EventAccess access, SiteClock clock) {
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<EventResource> events(Viewer viewer, Keyset.Scope scope, long after, int limit) {
        return Keyset.after(after, limit, (from, size) -> events.findByIdGreaterThanOrderByIdAsc(from,
                Limit.of(size)), AgendaEvent::getId, e -> visible(viewer, scope, e), this::resource);
    }

    @Transactional(readOnly = true)
    public Optional<EventResource> event(Viewer viewer, Keyset.Scope scope, long id) {
        return events.findById(id).filter(e -> visible(viewer, scope, e)).map(this::resource);
    }

    private boolean visible(Viewer viewer, Keyset.Scope scope, AgendaEvent e) {
        return scope.includesNeighbourhood(e.getNeighbourhoodId()) && access.maySee(viewer, e);
    }

    private EventResource resource(AgendaEvent e) {
        return new EventResource(e.getId(), e.getNeighbourhoodId(), e.getTitle(), e.getDescription(),
                clock.here(e.getStartsAt()), clock.here(e.getEndsAt()), e.getPlace(), e.getCapacity(),
                e.getGoingCount(), e.getVisibility(), e.isCancelled(), clock.here(e.getCancelledAt()),
                e.getHostType(), e.getHostId(), e.getSeriesId(), "/agenda/evenements/" + e.getId());
    }
}
