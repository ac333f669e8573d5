package org.voisinage.alert;

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
 * Alerts as the read API gives them (issue 16), by the pages' own policy ({@link AlertAccess#maySee}): for the
 * neighbourhood's members and its moderators. Never public; no author.
 */
@Component
public class AlertReads {

    public record AlertResource(long id, long neighbourhoodId, AlertCategory category, String what, String location,
            String happened, String advice, OffsetDateTime createdAt, OffsetDateTime expiresAt,
            OffsetDateTime resolvedAt, boolean retracted, String path) {}

    private final AlertRepository alerts;
    private final AlertAccess access;
    private final SiteClock clock;

    AlertReads(AlertRepository alerts, AlertAccess access, SiteClock clock) {
        this.alerts = alerts;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AlertResource> alerts(Viewer viewer, Keyset.Scope scope, long after, int limit) {
        return Keyset.after(after, limit, (from, size) -> alerts.findByIdGreaterThanOrderByIdAsc(from, Limit.of(size)),
                Alert::getId, a -> visible(viewer, scope, a), this::resource);
    }

    @Transactional(readOnly = true)
    public Optional<AlertResource> alert(Viewer viewer, Keyset.Scope scope, long id) {
        return alerts.findById(id).filter(a -> visible(viewer, scope, a)).map(this::resource);
    }

    private boolean visible(Viewer viewer, Keyset.Scope scope, Alert a) {
        return scope.includesNeighbourhood(a.getNeighbourhoodId()) && access.maySee(viewer, a);
    }

    private AlertResource resource(Alert a) {
        return new AlertResource(a.getId(), a.getNeighbourhoodId(), a.getCategory(), a.getWhat(), a.getLocation(),
                a.getHappened(), a.getAdvice(), clock.here(a.getCreatedAt()), clock.here(a.getExpiresAt()),
                clock.here(a.getResolvedAt()), a.isRetracted(), "/alertes/" + a.getId());
    }
}
