package org.voisinage.organisation;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.moderation.ContentRef;
import org.voisinage.moderation.ContentSnapshot;
import org.voisinage.moderation.ContentType;
import org.voisinage.moderation.ModeratedContent;

/**
 * Moderation of recommendations: a hidden one leaves the counts and the lists but its author's. A professional
 * whose every recommendation is hidden leaves the lists too.
 */
@Component
@Transactional
class ModeratedRecommendations implements ModeratedContent {

    private final RecommendationRepository recommendations;
    private final OrganisationRepository organisations;
    private final LocalProfessionalRepository professionals;
    private final Clock clock;
    private final org.voisinage.account.Residents residents;

    ModeratedRecommendations(RecommendationRepository recommendations, OrganisationRepository organisations,
            LocalProfessionalRepository professionals, Clock clock, org.voisinage.account.Residents residents) {
        this.recommendations = recommendations;
        this.organisations = organisations;
        this.professionals = professionals;
        this.clock = clock;
        this.residents = residents;
    }

    @Override
    public ContentType type() {
        return ContentType.RECOMMENDATION;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ContentSnapshot> snapshot(long id) {
        return recommendations.findById(id).map(r -> {
            String title;
            String path;
            Long neighbourhoodId;
            if (r.getOrganisationId() != null) {
                Organisation o = organisations.findById(r.getOrganisationId()).orElseThrow();
                title = o.getName();
                path = "/organisations/" + o.getSlug();
                neighbourhoodId = o.getNeighbourhoodId();
            } else {
                LocalProfessional p = professionals.findById(r.getProfessionalId()).orElseThrow();
                title = p.getName() + " (" + p.getTrade() + ")";
                path = "/professionnels/" + p.getId();
                neighbourhoodId = p.getNeighbourhoodId();
            }
            return new ContentSnapshot(new ContentRef(ContentType.RECOMMENDATION, id), r.getResidentId(),
                    neighbourhoodId, title, r.getText(), path, r.isHidden());
        });
    }

    @Override
    @Transactional(readOnly = true)
    public boolean visibleTo(long id, long residentId) {
        // as on the pages: the verified residents of the territory, the neighbourhood's moderators and staff
        org.voisinage.account.Viewer viewer = residents.viewer(residentId);
        return recommendations.findById(id).filter(r -> !r.isHidden() || r.getResidentId() == residentId).map(r -> {
            if (r.getOrganisationId() != null) {
                return organisations.findById(r.getOrganisationId()).map(o -> viewer.moderates(o.getNeighbourhoodId())
                        || viewer.isMemberOfTerritory(o.getTerritoryId())).orElse(false);
            }
            return professionals.findById(r.getProfessionalId()).map(p -> viewer.moderates(p.getNeighbourhoodId())
                    || viewer.isMemberOfTerritory(p.getTerritoryId())).orElse(false);
        }).orElse(false);
    }

    @Override
    public void hide(long id, String reason) {
        recommendations.findById(id).ifPresent(r -> r.hide(reason, clock.instant()));
    }

    @Override
    public void restore(long id) {
        recommendations.findById(id).ifPresent(Recommendation::restore);
    }

    @Override
    public void redact(long id, String text) {
        recommendations.findById(id).ifPresent(r -> r.redact(text));
    }
}
