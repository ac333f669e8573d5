package org.voisinage.organisation;

import org.springframework.stereotype.Component;
import org.voisinage.account.Residents;
import org.voisinage.account.Viewer;
import org.voisinage.common.SiteClock;
import org.voisinage.moderation.ContentType;
import org.voisinage.moderation.ModeratedRows;

/**
 * Moderation of recommendations: a hidden one leaves the counts and the lists but its author's. A professional
 * whose every recommendation is hidden leaves the lists too.
 */
@Component
class RecommendationModeration extends ModeratedRows<Recommendation> {

    private final OrganisationRepository organisations;
    private final LocalProfessionalRepository professionals;
    private final Residents residents;

    RecommendationModeration(RecommendationRepository recommendations, OrganisationRepository organisations,
            LocalProfessionalRepository professionals, Residents residents, SiteClock clock) {
        super(ContentType.RECOMMENDATION, recommendations::findById, Recommendation::redact, clock);
        this.organisations = organisations;
        this.professionals = professionals;
        this.residents = residents;
    }

    @Override
    protected Summary summary(Recommendation r) {
        if (r.getOrganisationId() != null) {
            Organisation o = organisations.findById(r.getOrganisationId()).orElseThrow();
            return new Summary(r.getResidentId(), o.getNeighbourhoodId(), o.getName(), r.getText(),
                    "/organisations/" + o.getSlug());
        }
        LocalProfessional p = professionals.findById(r.getProfessionalId()).orElseThrow();
        return new Summary(r.getResidentId(), p.getNeighbourhoodId(), p.getName() + " (" + p.getTrade() + ")",
                r.getText(), "/professionnels/" + p.getId());
    }

    /** As on the pages: the verified residents of the territory, the neighbourhood's moderators and staff. */
    @Override
    protected boolean seenBy(Recommendation r, long residentId) {
        if (r.isHidden() && r.getResidentId() != residentId) {
            return false;
        }
        Viewer viewer = residents.viewer(residentId);
        if (r.getOrganisationId() != null) {
            return organisations.findById(r.getOrganisationId())
                    .map(o -> Recommendations.readBy(viewer, o.getTerritoryId(), o.getNeighbourhoodId())).orElse(false);
        }
        return professionals.findById(r.getProfessionalId())
                .map(p -> Recommendations.readBy(viewer, p.getTerritoryId(), p.getNeighbourhoodId())).orElse(false);
    }
}
