package org.voisinage.agenda;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The {@link EventHost} beans of the other modules, by type. Looked up on first use, not at construction: the hosts'
 * modules call the agenda's API (their pages list their events), so building them here would be a cycle of beans.
 */
@Component
class EventHosts {

    private final ObjectProvider<EventHost> hosts;
    private volatile Map<String, EventHost> byType;

    EventHosts(ObjectProvider<EventHost> hosts) {
        this.hosts = hosts;
    }

    Optional<EventHost> of(String type) {
        return Optional.ofNullable(type).map(byType()::get);
    }

    private Map<String, EventHost> byType() {
        Map<String, EventHost> known = byType;
        if (known == null) {
            known = hosts.orderedStream().collect(Collectors.toMap(EventHost::type, Function.identity()));
            byType = known;
        }
        return known;
    }

    Optional<EventHostSummary> find(String type, Long id) {
        return id == null ? Optional.empty() : of(type).flatMap(host -> host.find(id));
    }

    boolean canOrganise(String type, Long id, long residentId) {
        return id != null && of(type).map(host -> host.canOrganise(id, residentId)).orElse(false);
    }
}
