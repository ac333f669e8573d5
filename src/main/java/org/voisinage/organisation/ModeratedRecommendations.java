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

    ModeratedRecommendations(RecommendationRepository recommendations, OrganisationRepository organisations,
            LocalProfessionalRepository professionals, Clock clock) {
        this.recommendations = recommendations;
        this.organisations = organisations;
        this.professionals = professionals;
        this.clock = clock;
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
        return recommendations.findById(id).map(r -> !r.isHidden() || r.getResidentId() == residentId).orElse(false);
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
