package org.voisinage.agenda;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The agenda module's API for other modules. */
@Service
@Transactional(readOnly = true)
public class Agenda {

    /** The host's coming events (not ended), soonest first, at most {@code max}. (Contract: the agenda work fills it.) */
    public List<EventSummary> upcomingOf(String hostType, long hostId, int max) {
        return List.of();
    }
}
