package org.voisinage.challenge;

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
 * Challenges and the actions catalogue as the read API gives them (issue 16), by the pages' own policy
 * ({@link ChallengeAccess#maySee}): opened ones for anyone (not a members-only territory's for others), drafts for
 * their staff, a hidden one for those who moderate it. Actions: the published catalogue, public like its page.
 */
@Component
public class ChallengeReads {

    /** A challenge with its progress and state; {@code neighbourhoodId} null: the whole territory's. */
    public record ChallengeResource(long id, String title, String targetName, String counterCommitment,
            long territoryId, Long neighbourhoodId, long actionId, Theme theme, ChallengeState state, int goal,
            Integer cap, int pledges, int progressPercent, LocalDate opensOn, LocalDate deadline,
            OffsetDateTime answeredAt, String answerMessage, OffsetDateTime createdAt, String path) {}

    /** A published action of the catalogue challenges are made of. */
    public record ActionResource(long id, String title, String description, Theme theme, OffsetDateTime createdAt) {}

    private final ChallengeRepository challenges;
    private final ActionRepository actions;
    private final ChallengeAccess access;
    private final SiteClock clock;

    ChallengeReads(ChallengeRepository challenges, ActionRepository actions, ChallengeAccess access, SiteClock clock) {
        this.challenges = challenges;
        this.actions = actions;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ChallengeResource> challenges(Viewer viewer, Keyset.Scope scope, long after, int limit) {
        return Keyset.after(after, limit, (from, size) -> challenges.findAfter(from, Limit.of(size)),
                Challenge::getId, c -> visible(viewer, scope, c), this::resource);
    }

    @Transactional(readOnly = true)
    public Optional<ChallengeResource> challenge(Viewer viewer, Keyset.Scope scope, long id) {
        return challenges.findWithAction(id).filter(c -> visible(viewer, scope, c)).map(this::resource);
    }

    @Transactional(readOnly = true)
    public List<ActionResource> actions(long after, int limit) {
        return Keyset.after(after, limit, (from, size) -> actions.findByStatusAndIdGreaterThanOrderByIdAsc(
                ActionStatus.PUBLISHED, from, Limit.of(size)), Action::getId, a -> true, this::resource);
    }

    @Transactional(readOnly = true)
    public Optional<ActionResource> action(long id) {
        return actions.findById(id).filter(a -> a.getStatus() == ActionStatus.PUBLISHED).map(this::resource);
    }

    private boolean visible(Viewer viewer, Keyset.Scope scope, Challenge challenge) {
        return scope.includes(challenge.getTerritoryId(), challenge.getNeighbourhoodId())
                && access.maySee(viewer, challenge);
    }

    private ChallengeResource resource(Challenge c) {
        int progress = c.getGoal() == 0 ? 0 : (int) Math.min(100, Math.round(c.total() * 100.0 / c.getGoal()));
        return new ChallengeResource(c.getId(), c.getTitle(), c.getTargetName(), c.getCounterCommitment(),
                c.getTerritoryId(), c.getNeighbourhoodId(), c.getAction().getId(), c.getAction().getTheme(),
                c.getState(), c.getGoal(), c.getCap(), c.total(), progress, c.getOpensOn(), c.getDeadline(),
                clock.here(c.getAnsweredAt()), c.getAnswerMessage(), clock.here(c.getCreatedAt()),
                "/defis/" + c.getId());
    }

    private ActionResource resource(Action a) {
        ActionView view = a.toView();
        return new ActionResource(view.id(), view.title(), view.description(), view.theme(),
                clock.here(view.createdAt()));
    }
}
