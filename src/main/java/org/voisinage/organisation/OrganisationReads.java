package org.voisinage.organisation;

import java.time.LocalDate;
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
 * Organisations and their deals as the read API gives them (issue 16), by the directory's own policy
 * ({@link OrganisationDirectory#maySee}); a deal while it is not over, as its organisation's page shows it.
 */
@Component
public class OrganisationReads {

    /** An organisation's public card; {@code neighbourhoodId} null: the whole territory's. */
    public record OrganisationResource(long id, String slug, String name, OrganisationKind kind, long territoryId,
            Long neighbourhoodId, String description, String address, String openingHours, String phone,
            String email, String website, OffsetDateTime createdAt, String path) {}

    /** A deal from its start to its end date, both included. */
    public record DealResource(long id, long organisationId, String organisationName, String title,
            String description, LocalDate startsOn, LocalDate endsOn, String path) {}

    private final OrganisationRepository organisations;
    private final DealRepository deals;
    private final OrganisationDirectory directory;
    private final SiteClock clock;

    OrganisationReads(OrganisationRepository organisations, DealRepository deals, OrganisationDirectory directory,
            SiteClock clock) {
        this.organisations = organisations;
        this.deals = deals;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<OrganisationResource> organisations(Viewer viewer, Keyset.Scope scope, long after, int limit) {
        return Keyset.after(after, limit, (from, size) -> organisations.findByIdGreaterThanOrderByIdAsc(from,
                Limit.of(size)), Organisation::getId, o -> visible(viewer, scope, o), this::resource);
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationResource> organisation(Viewer viewer, Keyset.Scope scope, long id) {
        return organisations.findById(id).filter(o -> visible(viewer, scope, o)).map(this::resource);
    }

    @Transactional(readOnly = true)
    public List<DealResource> deals(Viewer viewer, Keyset.Scope scope, long after, int limit) {
        LocalDate today = clock.today();
        return Keyset.after(after, limit, (from, size) -> deals.findByIdGreaterThanOrderByIdAsc(from, Limit.of(size)),
                Deal::getId, d -> visible(viewer, scope, d, today), this::resource);
    }

    @Transactional(readOnly = true)
    public Optional<DealResource> deal(Viewer viewer, Keyset.Scope scope, long id) {
        LocalDate today = clock.today();
        return deals.findById(id).filter(d -> visible(viewer, scope, d, today)).map(this::resource);
    }

    private boolean visible(Viewer viewer, Keyset.Scope scope, Organisation o) {
        return scope.includes(o.getTerritoryId(), o.getNeighbourhoodId()) && directory.maySee(viewer, o);
    }

    private boolean visible(Viewer viewer, Keyset.Scope scope, Deal d, LocalDate today) {
        return !d.getEndsOn().isBefore(today) && visible(viewer, scope, d.getOrganisation());
    }

    private OrganisationResource resource(Organisation o) {
        return new OrganisationResource(o.getId(), o.getSlug(), o.getName(), o.getKind(), o.getTerritoryId(),
                o.getNeighbourhoodId(), o.getDescription(), o.getAddress(), o.getOpeningHours(), o.getPhone(),
                o.getEmail(), o.getWebsite(), clock.here(o.getCreatedAt()), "/organisations/" + o.getSlug());
    }

    private DealResource resource(Deal d) {
        Organisation o = d.getOrganisation();
        return new DealResource(d.getId(), o.getId(), o.getName(), d.getTitle(), d.getDescription(), d.getStartsOn(),
                d.getEndsOn(), "/organisations/" + o.getSlug());
    }
}
