package org.voisinage.initiative;

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
 * Initiatives as the read API gives them (issue 16): their page's part, by the page's own policy
 * ({@link InitiativeAccess#maySee}); members, discussion and offers stay on the pages, for members.
 */
@Component
public class InitiativeReads {

    public record InitiativeResource(long id, long neighbourhoodId, String title, String summary, String description,
            InitiativeTheme theme, InitiativeStatus status, String placeLabel, String carrierName,
            Long organisationId, OffsetDateTime createdAt, OffsetDateTime lastActivityAt, String path) {}

    private final InitiativeRepository initiatives;
    private final InitiativeAccess access;
    private final SiteClock clock;

    InitiativeReads(InitiativeRepository initiatives, InitiativeAccess access, SiteClock clock) {
        this.initiatives = initiatives;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<InitiativeResource> initiatives(Viewer viewer, Keyset.Scope scope, long after, int limit) {
        return Keyset.after(after, limit, (from, size) -> initiatives.findByIdGreaterThanOrderByIdAsc(from,
                Limit.of(size)), Initiative::getId, i -> visible(viewer, scope, i), this::resource);
    }

    @Transactional(readOnly = true)
    public Optional<InitiativeResource> initiative(Viewer viewer, Keyset.Scope scope, long id) {
        return initiatives.findById(id).filter(i -> visible(viewer, scope, i)).map(this::resource);
    }

    private boolean visible(Viewer viewer, Keyset.Scope scope, Initiative i) {
        return scope.includesNeighbourhood(i.getNeighbourhoodId()) && access.maySee(viewer, i);
    }

    private InitiativeResource resource(Initiative i) {
        return new InitiativeResource(i.getId(), i.getNeighbourhoodId(), i.getTitle(), i.getSummary(),
                i.getDescription(), i.getTheme(), i.getStatus(), i.getPlaceLabel(), i.getCarrierName(),
                i.getOrganisationId(), clock.here(i.getCreatedAt()), clock.here(i.getLastActivityAt()),
                "/initiatives/" + i.getId());
    }
}
