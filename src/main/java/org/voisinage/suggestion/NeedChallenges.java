package org.voisinage.suggestion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.Viewer;
import org.voisinage.challenge.ChallengeEditing;
import org.voisinage.challenge.ChallengeForm;
import org.voisinage.challenge.ChallengePledges;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;
import org.voisinage.common.SiteClock;
import org.voisinage.following.TopicActivity;
import org.voisinage.moderation.AuditTrail;
import org.voisinage.neighbourhood.Neighbourhoods;

/**
 * Needs that become challenges: once a need's supports reach the threshold its territory's staff set, they may turn
 * it into a collective challenge addressed to the landlord or the town. Its author and supporters become the
 * challenge's first pledgers (each free to withdraw, as any pledger), the need and the challenge name each other,
 * and the need's followers (its author and supporters, at once) are told. The challenge module does the rest: the
 * target's signed answer link once the goal is reached, milestones, the answer and whether it was kept.
 */
@Service
@Transactional(readOnly = true)
public class NeedChallenges {

    /** A territory's threshold, for the staff page. */
    public record Threshold(long territoryId, String territoryName, Integer supports) {}

    private final SuggestionRepository suggestions;
    private final ChallengeEditing challenges;
    private final ChallengePledges pledges;
    private final Neighbourhoods neighbourhoods;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final SiteClock clock;

    NeedChallenges(SuggestionRepository suggestions, ChallengeEditing challenges,
            ChallengePledges pledges, Neighbourhoods neighbourhoods, AuditTrail audit, ApplicationEventPublisher events,
            JdbcClient jdbc, SiteClock clock) {
        this.suggestions = suggestions;
        this.challenges = challenges;
        this.pledges = pledges;
        this.neighbourhoods = neighbourhoods;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The thresholds of the territories this staff member runs (null: not set, needs are not turned). */
    public List<Threshold> thresholds(Viewer viewer) {
        List<Threshold> list = new ArrayList<>();
        for (var t : neighbourhoods.territories()) {
            if (viewer.staffOf(t.id())) {
                list.add(new Threshold(t.id(), t.name(), threshold(t.id())));
            }
        }
        return list;
    }

    /**
     * Staff of the territory set (or clear, with null) its threshold.
     *
     * @throws NotFoundException a territory that does not exist or that they do not run
     * @throws Refusal a threshold below one
     */
    @Transactional
    public void setThreshold(Viewer viewer, long territoryId, Integer supports) {
        if (!viewer.staffOf(territoryId)) {
            throw new NotFoundException("territory", territoryId);
        }
        neighbourhoods.territory(territoryId);
        if (supports == null) {
            jdbc.sql("delete from suggestion_challenge_threshold where territory_id = ?").param(territoryId).update();
            return;
        }
        if (supports < 1) {
            throw Refusal.invalid("supports", "suggestion.challenge.threshold.positive");
        }
        jdbc.sql("""
                insert into suggestion_challenge_threshold (territory_id, supports) values (?, ?)
                on conflict (territory_id) do update set supports = excluded.supports""")
                .params(territoryId, supports).update();
    }

    private Integer threshold(long territoryId) {
        return jdbc.sql("select supports from suggestion_challenge_threshold where territory_id = ?")
                .param(territoryId).query(Integer.class).optional().orElse(null);
    }

    /**
     * Why this need may not become a challenge now (a message key), or null when staff may turn it.
     *
     * @throws NotFoundException a need that does not exist or whose territory this staff member does not run
     */
    public String refusal(long needId, Viewer viewer) {
        return refusal(staffNeed(needId, viewer));
    }

    private String refusal(Suggestion need) {
        if (need.getChallengeId() != null) {
            return "suggestion.challenge.already";
        }
        if (need.isHidden()) {
            return "suggestion.challenge.hidden";
        }
        Integer threshold = threshold(neighbourhoods.get(need.getNeighbourhoodId()).territoryId());
        if (threshold == null) {
            return "suggestion.challenge.noThreshold";
        }
        return need.getSupports() < threshold ? "suggestion.challenge.belowThreshold" : null;
    }

    /** The challenge's form for this need: its title, its neighbourhood, opening today, a goal above its supports. */
    public ChallengeForm form(long needId, Viewer viewer) {
        Suggestion need = staffNeed(needId, viewer);
        ChallengeForm blank = challenges.blankForm();
        return new ChallengeForm(null, need.getTitle(), "", blank.targetKind(), "", "", scope(need),
                Math.max(blank.goal(), need.getSupports() + 1), null, clock.today(), blank.deadline());
    }

    /**
     * Turns the need into an open challenge in its neighbourhood; what staff typed about the scope and opening date
     * is replaced by the need's neighbourhood and today.
     *
     * @return the challenge's id
     * @throws Refusal the need may not become one (see {@link #refusal}), or the challenge's form is refused
     */
    @Transactional
    public long turn(long needId, Viewer viewer, ChallengeForm typed) {
        Suggestion need = suggestions.findLocked(needId).filter(s -> viewer.staffOfNeighbourhood(s.getNeighbourhoodId()))
                .orElseThrow(() -> new NotFoundException("suggestion", needId));
        String refusal = refusal(need);
        if (refusal != null) {
            throw Refusal.conflict(refusal);
        }
        ChallengeForm form = new ChallengeForm(typed.actionId(), typed.title(), typed.targetName(), typed.targetKind(),
                typed.targetEmail(), typed.counterCommitment(), scope(need), typed.goal(), typed.cap(), clock.today(),
                typed.deadline());
        long challengeId = challenges.createOpenFromNeed(form, needId, viewer);
        List<Long> first = new ArrayList<>(jdbc.sql("select resident_id from suggestion_support where suggestion_id = ?")
                .param(needId).query(Long.class).list());
        first.add(need.getAuthorId());
        int pledged = pledges.pledgeFirst(challengeId, first);
        Instant now = clock.now();
        need.becameChallenge(challengeId, now);
        audit.record(viewer.id(), "suggestion.challenge", "need:" + needId, "challenge:" + challengeId);
        // its followers (author and supporters, at once by default) hear of it: in the app and by email
        events.publishEvent(new TopicActivity(Suggestions.topic(needId), need.getTitle(), "/defis/" + challengeId,
                "challenge", "suggestion.activity.challenge", List.of(String.valueOf(pledged)), 0, true, now));
        return challengeId;
    }

    private static String scope(Suggestion need) {
        return "n-" + need.getNeighbourhoodId();
    }

    private Suggestion staffNeed(long needId, Viewer viewer) {
        return suggestions.findById(needId).filter(s -> viewer.staffOfNeighbourhood(s.getNeighbourhoodId()))
                .orElseThrow(() -> new NotFoundException("suggestion", needId));
    }
}
