package org.voisinage.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.voisinage.common.SiteClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;

/** The organisation module's API for other modules. */
@Service
@Transactional(readOnly = true)
public class Organisations {

    private final OrganisationRepository organisations;
    private final DealRepository deals;
    private final RecommendationRepository recommendations;
    private final Clock clock;
    private final SiteClock siteClock;

    Organisations(OrganisationRepository organisations, DealRepository deals,
            RecommendationRepository recommendations, Clock clock, SiteClock siteClock) {
        this.organisations = organisations;
        this.deals = deals;
        this.recommendations = recommendations;
        this.clock = clock;
        this.siteClock = siteClock;
    }

    public Optional<OrganisationSummary> find(long id) {
        return organisations.findById(id).map(OrganisationSummary::of);
    }

    public OrganisationSummary get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("organisation", id));
    }

    /** Several at once (one query), by id: for lists that show who carries each item. */
    public Map<Long, OrganisationSummary> summaries(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return organisations.findByIdIn(ids).stream().map(OrganisationSummary::of)
                .collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
    }

    /** The organisations this resident acts for, by name. */
    public List<OrganisationSummary> of(long residentId) {
        return organisations.findByMember(residentId).stream().map(OrganisationSummary::of).toList();
    }

    public boolean isMember(long organisationId, long residentId) {
        return organisations.findById(organisationId).map(o -> o.hasMember(residentId)).orElse(false);
    }

    /** Staff register an organisation (the staff pages build on this). */
    @Transactional
    public long register(long territoryId, Long neighbourhoodId, OrganisationKind kind, String name, String slug,
            String description) {
        return organisations.save(new Organisation(territoryId, neighbourhoodId, kind, name, slug, description)).getId();
    }

    /** Staff link a verified resident to an organisation. */
    @Transactional
    public void addMember(long organisationId, long residentId) {
        organisations.findById(organisationId).orElseThrow(() -> new NotFoundException("organisation", organisationId))
                .addMember(residentId);
    }

    /**
     * The deals of the organisations of these neighbourhoods (and territory-wide ones) running today, ending soonest
     * first; hidden organisations left out. One SQL statement.
     */
    public List<OrganisationDeal> currentDeals(Collection<Long> neighbourhoodIds) {
        if (neighbourhoodIds.isEmpty()) {
            return List.of();
        }
        LocalDate today = siteClock.today();
        return deals.findRunning(neighbourhoodIds, today).stream().map(Deal::view).toList();
    }

    /**
     * A member publishes a deal (the pages check membership first; this is for seeding and other modules).
     *
     * @throws IllegalArgumentException when it ends before it starts or is already over
     */
    @Transactional
    public long publishDeal(long organisationId, String title, String description, LocalDate startsOn,
            LocalDate endsOn, long byResidentId) {
        Organisation organisation = organisations.findById(organisationId)
                .orElseThrow(() -> new NotFoundException("organisation", organisationId));
        try {
            return deals.save(new Deal(organisation, new DealForm(title, description, startsOn, endsOn), byResidentId,
                    siteClock.today())).getId();
        } catch (Refusal e) {
            throw new IllegalArgumentException(e.code());
        }
    }

    /** A resident recommends an organisation; a second recommendation of the same resident changes nothing. */
    @Transactional
    public void recommend(long organisationId, long residentId, String text) {
        if (!recommendations.existsByResidentIdAndOrganisationId(residentId, organisationId)) {
            recommendations.save(Recommendation.ofOrganisation(residentId, organisationId, text, clock.instant()));
        }
    }

    /** How many neighbours recommend this organisation (hidden recommendations left out). */
    public long recommendationCount(long organisationId) {
        return recommendations.countByOrganisationIdAndHiddenAtIsNull(organisationId);
    }
}
