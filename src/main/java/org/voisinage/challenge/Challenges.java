package org.voisinage.challenge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.voisinage.common.SiteClock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.ResidentView;
import org.voisinage.account.Residents;
import org.voisinage.challenge.ChallengeViews.Card;
import org.voisinage.challenge.ChallengeViews.Viewer;
import org.voisinage.challenge.internal.Milestones;
import org.voisinage.common.Photos;
import org.voisinage.challenge.internal.PledgeChart;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;
import org.voisinage.following.Follows;
import org.voisinage.following.Topic;
import org.voisinage.following.TopicActivity;
import org.voisinage.neighbourhood.NeighbourhoodSummary;
import org.voisinage.neighbourhood.Neighbourhoods;

/**
 * The challenge module's API: staff create and run challenges, residents pledge and withdraw, the target
 * answers. Every count change happens under the challenge's row lock; every state change is kept in its
 * history and told to followers ({@link TopicActivity}).
 */
@Service
@Transactional(readOnly = true)
public class Challenges {

    private final ChallengeRepository challenges;
    private final ActionRepository actions;
    private final PledgeRepository pledges;
    private final ChallengeRecords records;
    private final ChallengeAccess access;
    private final Residents residents;
    private final Neighbourhoods neighbourhoods;
    private final Follows follows;
    private final ApplicationEventPublisher events;
    private final Photos photos;
    private final Clock clock;
    private final ZoneId zone;

    Challenges(ChallengeRepository challenges, ActionRepository actions, PledgeRepository pledges,
            ChallengeRecords records, ChallengeAccess access, Residents residents, Neighbourhoods neighbourhoods, Follows follows,
            ApplicationEventPublisher events, Photos photos, Clock clock, SiteClock siteClock) {
        this.challenges = challenges;
        this.actions = actions;
        this.pledges = pledges;
        this.records = records;
        this.access = access;
        this.residents = residents;
        this.neighbourhoods = neighbourhoods;
        this.follows = follows;
        this.events = events;
        this.photos = photos;
        this.clock = clock;
        this.zone = siteClock.zone();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    // Staff: create, edit, open

    /** @throws Refusal when a rule across fields refuses the form (cap below goal, deadline past...) */
    @Transactional
    public long create(ChallengeForm form) {
        ChallengeForm.Checked checked = check(form);
        Challenge challenge = challenges.save(new Challenge(publishedAction(form.actionId()), checked));
        records.history(challenge.getId(), ChallengeState.DRAFT, null, clock.instant());
        return challenge.getId();
    }

    @Transactional
    public void update(long id, ChallengeForm form) {
        Challenge challenge = challenges.lock(id).orElseThrow(() -> new NotFoundException("challenge", id));
        ChallengeForm.Checked checked = check(form);
        if (challenge.getState() != ChallengeState.DRAFT && challenge.getState() != ChallengeState.OPEN) {
            throw Refusal.invalid(null, "challenge.refused.notEditable");
        }
        if (checked.cap() != null && checked.cap() < challenge.total()) {
            throw Refusal.invalid("cap", "challenge.cap.belowTotal");
        }
        challenge.edit(publishedAction(form.actionId()), checked);
    }

    public ChallengeForm form(long id) {
        return ChallengeForm.of(challenges.findWithAction(id).orElseThrow(() -> new NotFoundException("challenge", id)));
    }

    @Transactional
    public void open(long id) {
        Challenge challenge = challenges.lock(id).orElseThrow(() -> new NotFoundException("challenge", id));
        challenge.moveTo(ChallengeState.OPEN);
        changedState(challenge, null);
    }

    /** The checks a bean annotation cannot make: the scope exists, the deadline is ahead, the cap not below the goal. */
    private ChallengeForm.Checked check(ChallengeForm form) {
        long territoryId;
        Long neighbourhoodId = null;
        try {
            long scopeId = Long.parseLong(form.scope().substring(2));
            if (form.scope().startsWith("n-")) {
                NeighbourhoodSummary n = neighbourhoods.get(scopeId);
                neighbourhoodId = n.id();
                territoryId = n.territoryId();
            } else if (form.scope().startsWith("t-")) {
                territoryId = neighbourhoods.territory(scopeId).id();
            } else {
                throw Refusal.invalid("scope", "challenge.scope.unknown");
            }
        } catch (NumberFormatException | StringIndexOutOfBoundsException | NotFoundException e) {
            throw Refusal.invalid("scope", "challenge.scope.unknown");
        }
        if (form.cap() != null && form.cap() < form.goal()) {
            throw Refusal.invalid("cap", "challenge.cap.belowGoal");
        }
        if (form.deadline().isBefore(today())) {
            throw Refusal.invalid("deadline", "challenge.deadline.past");
        }
        if (form.deadline().isBefore(form.opensOn())) {
            throw Refusal.invalid("deadline", "challenge.deadline.beforeOpening");
        }
        return new ChallengeForm.Checked(form.title().strip(), form.targetName().strip(), form.targetKind(),
                form.targetEmail().strip(), form.counterCommitment().strip(), territoryId, neighbourhoodId,
                form.goal(), form.cap(), form.opensOn(), form.deadline());
    }

    private Action publishedAction(Long id) {
        Action action = actions.findById(id).filter(a -> a.getStatus() == ActionStatus.PUBLISHED)
                .orElseThrow(() -> Refusal.invalid("actionId", "challenge.action.unknown"));
        return action;
    }

    // Residents: pledge and withdraw

    /**
     * The resident pledges, and follows the challenge unless they chose not to.
     *
     * @throws Refusal pending, out of scope, twice, closed, capped
     */
    @Transactional
    public void pledge(long challengeId, long residentId, boolean follow) {
        ResidentView resident = residents.get(residentId);
        // a challenge hidden by moderators takes no pledge until they restore it
        Challenge challenge = challenges.lock(challengeId)
                .filter(c -> c.getState().isPublic() && !c.isHidden())
                .orElseThrow(() -> new NotFoundException("challenge", challengeId));
        String outOfScope = scopeRefusal(challenge, resident);
        if (outOfScope != null) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, null, outOfScope);
        }
        if (pledges.existsByChallengeIdAndResidentId(challengeId, residentId)) {
            throw new Refusal(Refusal.Kind.CONFLICT, null, "challenge.refused.twice");
        }
        boolean goalReached = challenge.countPledge(today());
        pledges.save(new Pledge(challengeId, residentId, clock.instant()));
        activity(challenge, "pledges", "challenge.activity.pledges", List.of("1"), 1, false);
        countChanged(challenge, goalReached);
        if (follow) {
            follows.follow(residentId, Topic.challenge(challengeId));
        }
    }

    /** @throws Refusal when the goal was reached, or the resident had not pledged */
    @Transactional
    public void withdraw(long challengeId, long residentId) {
        Challenge challenge = challenges.lock(challengeId)
                .filter(c -> c.getState().isPublic())
                .orElseThrow(() -> new NotFoundException("challenge", challengeId));
        if (challenge.getState() != ChallengeState.OPEN) {
            throw new Refusal(Refusal.Kind.CONFLICT, null, "challenge.refused.withdrawClosed");
        }
        if (pledges.deleteByChallengeIdAndResidentId(challengeId, residentId) == 0) {
            throw new Refusal(Refusal.Kind.CONFLICT, null, "challenge.refused.notPledged");
        }
        challenge.countWithdrawal();
    }

    /** Staff enter paper pledges: counted in the total, shown apart. */
    @Transactional
    public void addOffline(long challengeId, OfflinePledgeForm form, long staffId) {
        Challenge challenge = challenges.lock(challengeId).orElseThrow(() -> new NotFoundException("challenge", challengeId));
        boolean goalReached = challenge.countOffline(form.count());
        records.offline(challengeId, form.count(), form.note().strip(), staffId, clock.instant());
        activity(challenge, "pledges", "challenge.activity.pledges", List.of(String.valueOf(form.count())),
                form.count(), false);
        countChanged(challenge, goalReached);
    }

    /** Why this person may not pledge to this challenge (scope and status only), or null. */
    private String scopeRefusal(Challenge challenge, ResidentView resident) {
        if (!resident.verified()) {
            return "challenge.refused.pending";
        }
        if (resident.neighbourhoodId() == null) {
            return "challenge.refused.outOfScope";
        }
        if (challenge.getNeighbourhoodId() != null) {
            return challenge.getNeighbourhoodId().equals(resident.neighbourhoodId()) ? null : "challenge.refused.outOfScope";
        }
        return neighbourhoods.get(resident.neighbourhoodId()).territoryId() == challenge.getTerritoryId()
                ? null : "challenge.refused.outOfScope";
    }

    /** Milestones reached for the first time, and the goal: recorded, and told to followers. */
    private void countChanged(Challenge challenge, boolean goalReached) {
        for (int percent : Milestones.reached(challenge.total(), challenge.getGoal())) {
            if (records.milestone(challenge.getId(), percent, clock.instant())) {
                activity(challenge, "milestone", "challenge.activity.milestone", List.of(String.valueOf(percent)), 0, true);
            }
        }
        if (goalReached) {
            changedState(challenge, null);
            events.publishEvent(new ChallengeGoalReached(challenge.getId()));
        }
    }

    // The target's answer, the end

    /** The target answers (through its link, or staff record it). */
    @Transactional
    public void answer(long challengeId, AnswerForm form) {
        Challenge challenge = challenges.lock(challengeId).orElseThrow(() -> new NotFoundException("challenge", challengeId));
        String message = form.message() == null ? "" : form.message().strip();
        challenge.answer(form.accepted(), message, clock.instant());
        changedState(challenge, message.isEmpty() ? null : message);
        activity(challenge, "answer", form.accepted() ? "challenge.activity.answer.accepted"
                : "challenge.activity.answer.declined", List.of(challenge.getTargetName(), message), 0, true);
        events.publishEvent(new ChallengeAnswered(challengeId, form.accepted()));
    }

    /**
     * Staff say whether the target kept its word, with an optional note and photo. The photo is checked and
     * stored after the state machine agreed, so a refused conclusion leaves no file behind.
     *
     * @throws Refusal on "photo" when the photo is refused (not an image we read, too large...)
     */
    @Transactional
    public void conclude(long challengeId, ConclusionForm form) {
        Challenge challenge = challenges.lock(challengeId).orElseThrow(() -> new NotFoundException("challenge", challengeId));
        String note = form.note() == null || form.note().isBlank() ? null : form.note().strip();
        challenge.conclude(form.fulfilled(), note);
        if (form.hasPhoto()) {
            String stored;
            try (InputStream upload = form.photo().getInputStream()) {
                stored = photos.store(upload, form.photo().getSize());
            } catch (Refusal e) {
                throw Refusal.invalid("photo", e.code());
            } catch (IOException e) {
                throw Refusal.invalid("photo", "common.photo.unreadable");
            }
            challenge.attachFulfilmentPhoto(stored);
        }
        changedState(challenge, note);
    }

    /** The fulfilment photo of a public challenge. */
    public Path fulfilmentPhoto(long challengeId) {
        Challenge challenge = challenges.findById(challengeId).filter(c -> c.getState().isPublic() && !c.isHidden())
                .orElseThrow(() -> new NotFoundException("challenge", challengeId));
        return photos.open(challenge.getFulfilmentPhoto())
                .orElseThrow(() -> new NotFoundException("challenge photo", challengeId));
    }

    @Transactional
    public void postUpdate(long challengeId, UpdateForm form) {
        Challenge challenge = challenges.findById(challengeId).orElseThrow(() -> new NotFoundException("challenge", challengeId));
        String body = form.body().strip();
        records.update(challengeId, body, clock.instant());
        activity(challenge, "update", "challenge.activity.update",
                List.of(body.length() > 280 ? body.substring(0, 279) + "…" : body), 0, false);
    }

    /** Expires the open challenges whose deadline passed below their goal; run again, it changes nothing. */
    @Transactional
    public int expireOverdue() {
        LocalDate today = today();
        int expired = 0;
        for (long id : challenges.overdue(today)) {
            Challenge challenge = challenges.lock(id).orElseThrow();
            if (challenge.expireIfDue(today)) {
                changedState(challenge, null);
                expired++;
            }
        }
        return expired;
    }

    private void changedState(Challenge challenge, String note) {
        records.history(challenge.getId(), challenge.getState(), note, clock.instant());
        if (challenge.getState() != ChallengeState.DRAFT) {
            activity(challenge, "state", "challenge.activity.state." + challenge.getState().name(), List.of(), 0, true);
        }
    }

    private void activity(Challenge challenge, String kind, String key, List<String> args, long count, boolean immediate) {
        events.publishEvent(new TopicActivity(Topic.challenge(challenge.getId()), challenge.getTitle(),
                "/defis/" + challenge.getId(), kind, key, args, count, immediate, clock.instant()));
    }

    // Reading

    /**
     * The challenge page as this viewer sees it (null for anonymous): a fixed number of queries whatever the
     * number of pledges and history rows. Drafts are for staff only.
     */
    public ChallengeViews.Page page(long id, ResidentView viewer) {
        Challenge c = challenges.findWithAction(id).orElseThrow(() -> new NotFoundException("challenge", id));
        if (!access.isPublic(c) && !access.maySee(residents.viewer(viewer == null ? null : viewer.id()), c)) {
            throw new NotFoundException("challenge", id);
        }
        LocalDate today = today();
        String scopeName = c.getNeighbourhoodId() != null ? neighbourhoods.get(c.getNeighbourhoodId()).name()
                : neighbourhoods.territory(c.getTerritoryId()).name();
        PledgeChart chart = PledgeChart.of(c.getOpensOn(), c.getDeadline(), today, c.getGoal(),
                records.daily(id, zone));
        return new ChallengeViews.Page(id, c.getTitle(), c.getAction().toView(), c.getTargetName(), c.getTargetKind(),
                c.getCounterCommitment(), scopeName, c.getNeighbourhoodId(), c.getTerritoryId(), c.getGoal(), c.getCap(),
                c.getOnlinePledges(), c.getOfflinePledges(), c.getOpensOn(), c.getDeadline(), daysLeft(c, today),
                c.getState(), c.getAnswerMessage(), c.getAnsweredAt(), c.getFulfilmentNote(), c.getFulfilmentPhoto() != null, records.history(id),
                records.milestones(id), records.offline(id), records.updates(id), chart, viewer(c, viewer, today));
    }

    private Viewer viewer(Challenge c, ResidentView viewer, LocalDate today) {
        if (viewer == null) {
            return new Viewer(false, false, "challenge.refused.anonymous", false);
        }
        boolean pledged = pledges.existsByChallengeIdAndResidentId(c.getId(), viewer.id());
        String refusal = scopeRefusal(c, viewer);
        if (refusal == null) {
            refusal = c.pledgeRefusal(today);
        }
        return new Viewer(true, pledged, refusal, pledged && c.getState() == ChallengeState.OPEN);
    }

    private static long daysLeft(Challenge c, LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(today, c.getDeadline()) + 1);
    }

    public enum Sort { CLOSENESS, DEADLINE }

    /**
     * Challenges of the viewer's neighbourhood and territory (everywhere for anonymous people and staff),
     * in the given states (open ones by default), optionally of one theme.
     */
    public Page<Card> list(ResidentView viewer, Theme theme, ChallengeState state, Sort sort, Pageable pageable) {
        Long neighbourhoodId = viewer == null || viewer.staff() ? null : viewer.neighbourhoodId();
        Map<Long, NeighbourhoodSummary> all = neighbourhoods.all().stream()
                .collect(Collectors.toMap(NeighbourhoodSummary::id, Function.identity()));
        Long territoryId = neighbourhoodId == null || !all.containsKey(neighbourhoodId) ? null
                : all.get(neighbourhoodId).territoryId();
        boolean everywhere = territoryId == null;
        EnumSet<ChallengeState> states = state == null || state == ChallengeState.DRAFT
                ? EnumSet.of(ChallengeState.OPEN) : EnumSet.of(state);
        Page<Challenge> page = sort == Sort.DEADLINE
                ? challenges.listByDeadline(states, theme, everywhere, neighbourhoodId, territoryId, pageable)
                : challenges.listByCloseness(states, theme, everywhere, neighbourhoodId, territoryId, pageable);
        Map<Long, String> territoryNames = neighbourhoods.territories().stream()
                .collect(Collectors.toMap(t -> t.id(), t -> t.name()));
        LocalDate today = today();
        return page.map(c -> card(c, all, territoryNames, today));
    }

    /** Every challenge, newest first, for staff. */
    public List<Card> allForStaff() {
        Map<Long, NeighbourhoodSummary> all = neighbourhoods.all().stream()
                .collect(Collectors.toMap(NeighbourhoodSummary::id, Function.identity()));
        Map<Long, String> territoryNames = neighbourhoods.territories().stream()
                .collect(Collectors.toMap(t -> t.id(), t -> t.name()));
        LocalDate today = today();
        return challenges.findAllForStaff().stream().map(c -> card(c, all, territoryNames, today)).toList();
    }

    private static Card card(Challenge c, Map<Long, NeighbourhoodSummary> neighbourhoods, Map<Long, String> territories,
            LocalDate today) {
        String scope = c.getNeighbourhoodId() != null && neighbourhoods.containsKey(c.getNeighbourhoodId())
                ? neighbourhoods.get(c.getNeighbourhoodId()).name() : territories.get(c.getTerritoryId());
        return new Card(c.getId(), c.getTitle(), c.getAction().getTheme(), c.getState(), scope, c.total(), c.getGoal(),
                c.getDeadline(), daysLeft(c, today));
    }

    /** For emails: who pledged online. */
    List<Long> pledgers(long challengeId) {
        return pledges.residentIds(challengeId);
    }

    Challenge get(long id) {
        return challenges.findById(id).orElseThrow(() -> new NotFoundException("challenge", id));
    }
}
