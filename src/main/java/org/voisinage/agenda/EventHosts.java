package org.voisinage.agenda;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The {@link EventHost} beans of the other modules, by type. They are looked up on first use, not at construction:
 * a host's module may itself use {@link Agenda} (initiatives show their upcoming events), which would otherwise make
 * a cycle of constructor injections.
 */
@Component
class EventHosts {

    private final ObjectProvider<EventHost> hosts;
    private volatile Map<String, EventHost> byType;

    EventHosts(ObjectProvider<EventHost> hosts) {
        this.hosts = hosts;
    }

    private Map<String, EventHost> byType() {
        Map<String, EventHost> found = byType;
        if (found == null) {
            found = hosts.orderedStream().collect(Collectors.toMap(EventHost::type, Function.identity()));
            byType = found;
        }
        return found;
    }

    Optional<EventHost> of(String type) {
        return Optional.ofNullable(type).map(byType()::get);
    }

    Optional<EventHostSummary> find(String type, Long id) {
        return id == null ? Optional.empty() : of(type).flatMap(host -> host.find(id));
    }

    boolean canOrganise(String type, Long id, long residentId) {
        return id != null && of(type).map(host -> host.canOrganise(id, residentId)).orElse(false);
    }
}
