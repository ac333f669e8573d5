package org.voisinage.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.Viewer;
import org.voisinage.common.LikePatterns;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Paging;
import org.voisinage.common.Refusal;
import org.voisinage.common.SiteClock;
import org.voisinage.neighbourhood.NeighbourhoodSummary;
import org.voisinage.neighbourhood.Neighbourhoods;
import org.voisinage.neighbourhood.TerritorySummary;

/** The public directory of organisations, their pages, and what their members edit there (page and deals). */
@Service
@Transactional(readOnly = true)
class OrganisationDirectory {

    private final OrganisationRepository organisations;
    private final DealRepository deals;
    private final RecommendationRepository recommendations;
    private final Neighbourhoods neighbourhoods;
    private final SiteClock siteClock;

    OrganisationDirectory(OrganisationRepository organisations, DealRepository deals,
            RecommendationRepository recommendations, Neighbourhoods neighbourhoods, SiteClock siteClock) {
        this.organisations = organisations;
        this.deals = deals;
        this.recommendations = recommendations;
        this.neighbourhoods = neighbourhoods;
        this.siteClock = siteClock;
    }

    LocalDate today() {
        return siteClock.today();
    }

    /**
     * What the list's filter asks for; unknown values mean "all". {@code shutOut}: the members-only territories the
     * viewer is no member of ({@link Viewer#shutOutOf}), left out.
     */
    record Filter(OrganisationKind kind, NeighbourhoodSummary neighbourhood, String q, java.util.Set<Long> shutOut) {}

    Filter filter(String kind, String neighbourhoodSlug, String q, Viewer viewer) {
        OrganisationKind k = java.util.Arrays.stream(OrganisationKind.values()).filter(v -> v.name().equals(kind))
                .findFirst().orElse(null);
        NeighbourhoodSummary n = neighbourhoodSlug == null || neighbourhoodSlug.isBlank() ? null
                : neighbourhoods.all().stream().filter(x -> x.slug().equals(neighbourhoodSlug)).findFirst().orElse(null);
        String query = q == null ? "" : q.strip();
        return new Filter(k, n, query.length() > 100 ? query.substring(0, 100) : query,
                viewer.shutOutOf(neighbourhoods.membersOnlyTerritories()));
    }

    /** The directory page: a page of cards with their place and recommendation count, in a constant number of statements. */
    Page<OrganisationCard> search(Filter filter, int page) {
        Page<Organisation> found = organisations.search(filter.kind(),
                filter.neighbourhood() == null ? null : filter.neighbourhood().id(),
                filter.neighbourhood() == null ? null : filter.neighbourhood().territoryId(),
                LikePatterns.containing(filter.q().toLowerCase(Locale.ROOT)), filter.shutOut(),
                Paging.page(page, 30, Sort.by("name")));
        Map<Long, Long> counts = recommendationCounts(found.map(Organisation::getId).toList());
        Map<Long, String> places = places();
        return found.map(o -> new OrganisationCard(OrganisationView.of(o),
                places.get(o.getNeighbourhoodId() != null ? o.getNeighbourhoodId() : -o.getTerritoryId()),
                counts.getOrDefault(o.getId(), 0L)));
    }

    /** Names by neighbourhood id, and territory names by minus the territory id. */
    Map<Long, String> places() {
        Map<Long, String> places = new java.util.HashMap<>();
        for (var t : neighbourhoods.territoriesWithNeighbourhoods()) {
            places.put(-t.territory().id(), t.territory().name());
            t.neighbourhoods().forEach(n -> places.put(n.id(), n.name()));
        }
        return places;
    }

    Map<Long, Long> recommendationCounts(List<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return Map.of();
        }
        return recommendations.countByOrganisation(organisationIds).stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    /** The page of an organisation; a hidden one only for its members and moderators. */
    OrganisationView page(String slug, Viewer viewer) {
        Organisation organisation = bySlug(slug);
        if (!maySee(viewer, organisation)) {
            throw new NotFoundException("organisation", slug);
        }
        return OrganisationView.of(organisation);
    }

    /** A hidden one only for its members and moderators; a members-only territory's only for its members. */
    boolean maySee(Viewer viewer, Organisation organisation) {
        if (organisation.isHidden() && !organisation.hasMember(viewer.id())
                && !viewer.moderates(organisation.getNeighbourhoodId())) {
            return false;
        }
        return !viewer.keptOutOf(neighbourhoods.membersOnlyTerritory(null, organisation.getTerritoryId()));
    }

    String place(OrganisationView organisation) {
        if (organisation.neighbourhoodId() != null) {
            return neighbourhoods.get(organisation.neighbourhoodId()).name();
        }
        TerritorySummary territory = neighbourhoods.territory(organisation.territoryId());
        return territory.name();
    }

    /** Deals running or to come, by start date. */
    List<OrganisationDeal> deals(long organisationId) {
        return deals.findNotOver(organisationId, today()).stream().map(Deal::view).toList();
    }

    long recommendationCount(long organisationId) {
        return recommendations.countByOrganisationIdAndHiddenAtIsNull(organisationId);
    }

    boolean mayEdit(OrganisationView organisation, Viewer viewer) {
        return viewer.staffOf(organisation.territoryId()) || (organisation.members().contains(viewer.id()) && viewer.verified() && !viewer.barred());
    }

    /** The page form for a member (or staff); anyone else is refused. */
    PageForm pageForm(String slug, Viewer viewer) {
        return PageForm.of(editable(slug, viewer));
    }

    /** @throws ObjectOptimisticLockingFailureException when someone changed the page since the form was shown */
    @Transactional
    void updatePage(String slug, PageForm form, Viewer viewer) {
        Organisation organisation = editable(slug, viewer);
        if (form.version() == null || form.version() != organisation.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Organisation.class, organisation.getId());
        }
        organisation.updatePage(form, viewer.id());
        organisations.saveAndFlush(organisation);
    }

    /** @throws Refusal when the deal ends before it starts or is already over */
    @Transactional
    long addDeal(String slug, DealForm form, Viewer viewer) {
        Organisation organisation = editable(slug, viewer);
        return deals.save(new Deal(organisation, form, viewer.id(), today())).getId();
    }

    @Transactional
    void removeDeal(String slug, long dealId, Viewer viewer) {
        Organisation organisation = editable(slug, viewer);
        Deal deal = deals.findById(dealId).filter(d -> d.getOrganisation().getId().equals(organisation.getId()))
                .orElseThrow(() -> new NotFoundException("deal", dealId));
        deals.delete(deal);
    }

    /** The organisations this resident acts for. */
    List<OrganisationSummary> of(long residentId) {
        return organisations.findByMember(residentId).stream().map(OrganisationSummary::of).toList();
    }

    private Organisation editable(String slug, Viewer viewer) {
        Organisation organisation = bySlug(slug);
        if (!mayEdit(OrganisationView.of(organisation), viewer)) {
            throw new AccessDeniedException("not a member of " + slug);
        }
        return organisation;
    }

    private Organisation bySlug(String slug) {
        return organisations.findBySlug(slug).orElseThrow(() -> new NotFoundException("organisation", slug));
    }
}
