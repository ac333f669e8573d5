package org.voisinage.agenda;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The {@link EventHost} beans of the other modules, by type. Looked up on first use, not at construction: the hosts
 * (initiatives) themselves use the agenda, and a constructor dependency would be a bean cycle that stops the start.
 */
@Component
class EventHosts {

    private final ObjectProvider<EventHost> hosts;
    private volatile Map<String, EventHost> byType;

    EventHosts(ObjectProvider<EventHost> hosts) {
        this.hosts = hosts;
    }

    Optional<EventHost> of(String type) {
        if (byType == null) {
            byType = hosts.orderedStream().collect(Collectors.toMap(EventHost::type, Function.identity()));
        }
        return Optional.ofNullable(type).map(byType::get);
    }

    Optional<EventHostSummary> find(String type, Long id) {
        return id == null ? Optional.empty() : of(type).flatMap(host -> host.find(id));
    }

    boolean canOrganise(String type, Long id, long residentId) {
        return id != null && of(type).map(host -> host.canOrganise(id, residentId)).orElse(false);
    }
}
