package org.voisinage.suggestion;

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
 * Needs as the read API gives them (issue 16), by the pages' own policy ({@link SuggestionAccess#maySee}): for the
 * neighbourhood's members (a hidden one for its author and moderators). Never public. No author: the pages show the
 * need, the API has no use for who wrote it.
 */
@Component
public class NeedReads {

    public record NeedResource(long id, long neighbourhoodId, String title, String text, SuggestionCategory category,
            SuggestionStatus status, int supports, Long challengeId, OffsetDateTime createdAt,
            OffsetDateTime updatedAt, String path) {}

    private final SuggestionRepository needs;
    private final SuggestionAccess access;
    private final SiteClock clock;

    NeedReads(SuggestionRepository needs, SuggestionAccess access, SiteClock clock) {
        this.needs = needs;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<NeedResource> needs(Viewer viewer, Keyset.Scope scope, long after, int limit) {
        return Keyset.after(after, limit, (from, size) -> needs.findByIdGreaterThanOrderByIdAsc(from, Limit.of(size)),
                Suggestion::getId, n -> visible(viewer, scope, n), this::resource);
    }

    @Transactional(readOnly = true)
    public Optional<NeedResource> need(Viewer viewer, Keyset.Scope scope, long id) {
        return needs.findById(id).filter(n -> visible(viewer, scope, n)).map(this::resource);
    }

    private boolean visible(Viewer viewer, Keyset.Scope scope, Suggestion n) {
        return scope.includesNeighbourhood(n.getNeighbourhoodId()) && access.maySee(viewer, n);
    }

    private NeedResource resource(Suggestion n) {
        return new NeedResource(n.getId(), n.getNeighbourhoodId(), n.getTitle(), n.getText(), n.getCategory(),
                n.getStatus(), n.getSupports(), n.getChallengeId(), clock.here(n.getCreatedAt()),
                clock.here(n.getUpdatedAt()), "/besoins/" + n.getId());
    }
}
