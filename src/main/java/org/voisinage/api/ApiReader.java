package org.voisinage.api;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.voisinage.account.Residents;
import org.voisinage.account.Viewer;
import org.voisinage.common.Keyset;
import org.voisinage.common.Refusal;
import org.voisinage.neighbourhood.Neighbourhoods;

/**
 * Who reads and what part of the site, for the owning modules' read methods: a personal token reads as its
 * resident (the viewer built fresh, as for a page: a sanction or a move counts at once); anonymous callers and
 * application tokens read as an anonymous visitor, the application token within its territories only. The
 * {@code territory} and {@code neighbourhood} filters of a request narrow that further.
 */
@Component
class ApiReader {

    /** What a call reads as. */
    record Reading(Viewer viewer, Keyset.Scope scope) {}

    private final Residents residents;
    private final Neighbourhoods neighbourhoods;

    ApiReader(Residents residents, Neighbourhoods neighbourhoods) {
        this.residents = residents;
        this.neighbourhoods = neighbourhoods;
    }

    Reading reading(ApiCaller caller, Long territory, Long neighbourhood) {
        Viewer viewer = caller.resident() ? residents.viewer(caller.residentId()) : Viewer.ANONYMOUS;
        return new Reading(viewer, scope(caller, territory, neighbourhood));
    }

    /**
     * Content some only may read (listings, needs, alerts): for residents' tokens. @throws Refusal FORBIDDEN, which
     * the API answers with 401 to a caller without a token and 403 to an application token
     */
    Reading residentReading(ApiCaller caller, Long territory, Long neighbourhood) {
        if (!caller.resident()) {
            throw Refusal.forbidden("api.residentTokenNeeded");
        }
        return reading(caller, territory, neighbourhood);
    }

    private Keyset.Scope scope(ApiCaller caller, Long territory, Long neighbourhood) {
        Set<Long> territories = caller.kind() == ApiTokenKind.APPLICATION ? new HashSet<>(caller.territories()) : null;
        if (territory != null) {
            territories = territories == null ? new HashSet<>(Set.of(territory)) : territories;
            territories.retainAll(Set.of(territory));
        }
        Set<Long> inNeighbourhoods = territories == null ? null : territories.stream()
                .flatMap(t -> neighbourhoods.allOfTerritory(t).stream()).map(n -> n.id())
                .collect(Collectors.toCollection(HashSet::new));
        if (neighbourhood != null) {
            inNeighbourhoods = inNeighbourhoods == null ? new HashSet<>(Set.of(neighbourhood)) : inNeighbourhoods;
            inNeighbourhoods.retainAll(Set.of(neighbourhood));
            territories = Set.of(); // a neighbourhood asked: not its territory's own rows
        }
        return new Keyset.Scope(territories, inNeighbourhoods);
    }
}
