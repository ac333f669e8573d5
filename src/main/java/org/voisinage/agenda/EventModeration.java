package org.voisinage.agenda;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.Residents;
import org.voisinage.common.NotFoundException;
import org.voisinage.moderation.ContentRef;
import org.voisinage.moderation.ContentSnapshot;
import org.voisinage.moderation.ContentType;
import org.voisinage.moderation.ModeratedContent;

/** Moderation of events: the moderation module hides, restores and redacts them through this. */
@Component
class EventModeration implements ModeratedContent {

    private final AgendaEventRepository events;
    private final Residents residents;
    private final Clock clock;

    EventModeration(AgendaEventRepository events, Residents residents, Clock clock) {
        this.events = events;
        this.residents = residents;
        this.clock = clock;
    }

    @Override
    public ContentType type() {
        return ContentType.EVENT;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ContentSnapshot> snapshot(long id) {
        return events.findById(id).map(e -> new ContentSnapshot(new ContentRef(ContentType.EVENT, id), e.getOrganiserId(),
                e.getNeighbourhoodId(), e.getTitle(), e.getDescription(), "/agenda/evenements/" + id, e.isHidden()));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean visibleTo(long id, long residentId) {
        return events.findById(id)
                .filter(e -> Agenda.maysee(e, residents.find(residentId).orElse(null), residents)).isPresent();
    }

    @Override
    @Transactional
    public void hide(long id, String reason) {
        events.lock(id).orElseThrow(() -> new NotFoundException("event", id)).hide(reason, clock.instant());
    }

    @Override
    @Transactional
    public void restore(long id) {
        events.lock(id).orElseThrow(() -> new NotFoundException("event", id)).restore();
    }

    @Override
    @Transactional
    public void redact(long id, String text) {
        events.lock(id).orElseThrow(() -> new NotFoundException("event", id)).redact(text);
    }
}
