package org.voisinage.organisation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.ResidentView;
import org.voisinage.account.Residents;
import org.voisinage.account.Viewer;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;
import org.voisinage.neighbourhood.Neighbourhoods;

/**
 * Verified residents recommend an organisation or a local professional, once per target, with a short text. Pages
 * count the neighbours who recommend; there are no stars.
 */
@Service
@Transactional(readOnly = true)
class Recommendations {

    /** At most this many recommendations are listed on a page (the count covers them all). */
    static final int SHOWN = 20;

    private final RecommendationRepository recommendations;
    private final LocalProfessionalRepository professionals;
    private final OrganisationRepository organisations;
    private final Residents residents;
    private final Neighbourhoods neighbourhoods;
    private final Clock clock;

    Recommendations(RecommendationRepository recommendations, LocalProfessionalRepository professionals,
            OrganisationRepository organisations, Residents residents, Neighbourhoods neighbourhoods, Clock clock) {
        this.recommendations = recommendations;
        this.professionals = professionals;
        this.organisations = organisations;
        this.residents = residents;
        this.neighbourhoods = neighbourhoods;
        this.clock = clock;
    }

    boolean hasRecommendedOrganisation(long organisationId, Viewer viewer) {
        return viewer.signedIn() && recommendations.existsByResidentIdAndOrganisationId(viewer.id(), organisationId);
    }

    boolean hasRecommendedProfessional(long professionalId, Viewer viewer) {
        return viewer.signedIn() && recommendations.existsByResidentIdAndProfessionalId(viewer.id(), professionalId);
    }

    /**
     * @throws AccessDeniedException when the viewer may not recommend (not verified, barred)
     * @throws Refusal when they already recommended it
     */
    @Transactional
    long recommendOrganisation(long organisationId, RecommendationForm form, Viewer viewer) {
        mustRecommend(viewer);
        Organisation organisation = organisations.findById(organisationId)
                .filter(o -> !o.isHidden()).orElseThrow(() -> new NotFoundException("organisation", organisationId));
        if (organisation.hasMember(viewer.id())) {
            // a recommendation is a neighbour's word, not the organisation's own advertising
            throw Refusal.invalid(null, "organisation.recommendation.ownOrganisation");
        }
        if (recommendations.existsByResidentIdAndOrganisationId(viewer.id(), organisation.getId())) {
            throw Refusal.invalid(null, "organisation.recommendation.already");
        }
        return save(Recommendation.ofOrganisation(viewer.id(), organisation.getId(), form.text(), clock.instant()));
    }

    @Transactional
    long recommendProfessional(long professionalId, RecommendationForm form, Viewer viewer) {
        mustRecommend(viewer);
        LocalProfessional professional = professionals.findById(professionalId)
                .orElseThrow(() -> new NotFoundException("professional", professionalId));
        if (recommendations.existsByResidentIdAndProfessionalId(viewer.id(), professional.getId())) {
            throw Refusal.invalid(null, "organisation.recommendation.already");
        }
        return save(Recommendation.ofProfessional(viewer.id(), professional.getId(), form.text(), clock.instant()));
    }

    /**
     * A professional of the viewer's neighbourhood; one already described there (same name and trade) is
     * recommended rather than added twice. Returns the professional's id.
     */
    @Transactional
    long recommendNewProfessional(ProfessionalForm form, Viewer viewer) {
        mustRecommend(viewer);
        long territoryId = neighbourhoods.get(viewer.neighbourhoodId()).territoryId();
        LocalProfessional professional = professionals
                .findSame(viewer.neighbourhoodId(), form.name().strip(), form.trade().strip())
                .orElseGet(() -> professionals.save(new LocalProfessional(territoryId, viewer.neighbourhoodId(), form,
                        viewer.id())));
        if (recommendations.existsByResidentIdAndProfessionalId(viewer.id(), professional.getId())) {
            throw Refusal.invalid(null, "organisation.recommendation.already");
        }
        save(Recommendation.ofProfessional(viewer.id(), professional.getId(), form.text(), clock.instant()));
        return professional.getId();
    }

    List<RecommendationView> ofOrganisation(long organisationId, Long neighbourhoodId, Viewer viewer) {
        return views(recommendations.findForOrganisationPage(organisationId, viewer.id(), viewer.moderates(neighbourhoodId)));
    }

    List<RecommendationView> ofProfessional(ProfessionalView professional, Viewer viewer) {
        return views(recommendations.findForProfessionalPage(professional.id(), viewer.id(),
                viewer.moderates(professional.neighbourhoodId())));
    }

    /** The professionals recommended in a neighbourhood, most recommended first. */
    List<ProfessionalView> professionalsIn(long neighbourhoodId) {
        return professionals.findRecommendedIn(neighbourhoodId).stream()
                .map(row -> ProfessionalView.of((LocalProfessional) row[0], (Long) row[1])).toList();
    }

    /** A professional's page, while a visible recommendation names them (or for moderators and their recommenders). */
    ProfessionalView professional(long id, Viewer viewer) {
        LocalProfessional professional = professionals.findById(id).orElseThrow(() -> new NotFoundException("professional", id));
        if (!readBy(viewer, professional.getTerritoryId(), professional.getNeighbourhoodId())) {
            throw new NotFoundException("professional", id);
        }
        long count = recommendations.countByProfessionalIdAndHiddenAtIsNull(id);
        if (count == 0 && !viewer.moderates(professional.getNeighbourhoodId())
                && !recommendations.existsByResidentIdAndProfessionalId(viewer.id(), id)) {
            throw new NotFoundException("professional", id);
        }
        return ProfessionalView.of(professional, count);
    }

    private List<RecommendationView> views(List<Recommendation> found) {
        List<Recommendation> shown = found.stream().limit(SHOWN).toList();
        // the authors' names in one query: the page runs a fixed number of statements
        Map<Long, ResidentView> authors = residents.findAll(shown.stream().map(Recommendation::getResidentId).toList());
        return shown.stream().map(r -> {
            ResidentView author = authors.get(r.getResidentId());
            return new RecommendationView(r.getId(), r.getResidentId(), author == null ? "?" : author.displayName(),
                    r.getText(), r.getCreatedAt(), r.isHidden(), r.getHiddenReason());
        }).toList();
    }

    /**
     * Recommendations name private people's contacts: they are read by the verified residents of the territory, the
     * neighbourhood's moderators and staff, never by an account that is nothing but an email address.
     */
    static boolean readBy(Viewer viewer, long territory, Long neighbourhood) {
        return viewer.moderates(neighbourhood) || viewer.isMemberOfTerritory(territory);
    }

    /** Verified residents of a neighbourhood, not suspended nor banned, recommend. */
    static boolean mayRecommend(Viewer viewer) {
        return viewer.verified() && viewer.neighbourhoodId() != null;
    }

    private static void mustRecommend(Viewer viewer) {
        if (!mayRecommend(viewer)) {
            throw new AccessDeniedException("only verified residents recommend");
        }
    }

    private long save(Recommendation recommendation) {
        try {
            return recommendations.saveAndFlush(recommendation).getId();
        } catch (DataIntegrityViolationException twoClicksAtOnce) {
            throw Refusal.invalid(null, "organisation.recommendation.already");
        }
    }
}
