package org.voisinage.agenda;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The {@link EventHost} beans of the other modules, by type. */
@Component
class EventHosts {

    private final Map<String, EventHost> byType;

    EventHosts(List<EventHost> hosts) {
        this.byType = hosts.stream().collect(Collectors.toMap(EventHost::type, Function.identity()));
    }

    Optional<EventHost> of(String type) {
        return Optional.ofNullable(type).map(byType::get);
    }

    Optional<EventHostSummary> find(String type, Long id) {
        return id == null ? Optional.empty() : of(type).flatMap(host -> host.find(id));
    }

    boolean canOrganise(String type, Long id, long residentId) {
        return id != null && of(type).map(host -> host.canOrganise(id, residentId)).orElse(false);
    }
}
