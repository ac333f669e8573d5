package org.voisinage.challenge;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.Viewer;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;
import org.voisinage.common.SiteClock;
import org.voisinage.neighbourhood.NeighbourhoodSummary;
import org.voisinage.neighbourhood.Neighbourhoods;

/** Staff write challenges: create one as a draft, and edit it while it is a draft or open. */
@Service
@Transactional(readOnly = true)
public class ChallengeEditing {

    private final ChallengeRepository challenges;
    private final ActionRepository actions;
    private final ChallengeJournal journal;
    private final Neighbourhoods neighbourhoods;
    private final SiteClock clock;

    ChallengeEditing(ChallengeRepository challenges, ActionRepository actions, ChallengeJournal journal,
            Neighbourhoods neighbourhoods, SiteClock clock) {
        this.challenges = challenges;
        this.actions = actions;
        this.journal = journal;
        this.neighbourhoods = neighbourhoods;
        this.clock = clock;
    }

    /** @throws Refusal when a rule across fields refuses the form (cap below goal, deadline past...) */
    @Transactional
    public long create(ChallengeForm form) {
        return create(form, null);
    }

    /**
     * A new challenge by this member of staff (null: the application itself), in one of their territories.
     *
     * @throws Refusal when a rule across fields refuses the form, or the place is not one of the staff's territories
     */
    @Transactional
    public long create(ChallengeForm form, Viewer staff) {
        ChallengeForm.Checked checked = check(form, staff);
        Challenge challenge = challenges.save(new Challenge(publishedAction(form.actionId()), checked));
        journal.changedState(challenge, null);
        return challenge.getId();
    }

    /**
     * Staff turn a residents' need into a challenge, open from today: its supporters then pledge first
     * ({@link ChallengePledges#pledgeFirst}). The challenge names the need it was born from.
     *
     * @throws Refusal when a rule across fields refuses the form
     */
    @Transactional
    public long createOpenFromNeed(ChallengeForm form, long needId, Viewer staff) {
        ChallengeForm.Checked checked = check(form, staff);
        if (!checked.opensOn().equals(clock.today())) {
            throw Refusal.invalid("opensOn", "challenge.fromNeed.opensToday");
        }
        Challenge challenge = challenges.save(new Challenge(publishedAction(form.actionId()), checked));
        challenge.bornFrom(needId);
        journal.changedState(challenge, null);
        challenge.moveTo(ChallengeState.OPEN);
        journal.changedState(challenge, null);
        return challenge.getId();
    }

    @Transactional
    public void update(long id, ChallengeForm form, Viewer staff) {
        Challenge challenge = challenges.lock(id).orElseThrow(() -> new NotFoundException("challenge", id));
        ChallengeForm.Checked checked = check(form, staff);
        if (challenge.getState() != ChallengeState.DRAFT && challenge.getState() != ChallengeState.OPEN) {
            throw Refusal.invalid(null, "challenge.refused.notEditable");
        }
        if (checked.cap() != null && checked.cap() < challenge.total()) {
            throw Refusal.invalid("cap", "challenge.cap.belowTotal");
        }
        challenge.edit(publishedAction(form.actionId()), checked);
    }

    /** @throws NotFoundException when there is no such challenge, before its form is checked */
    public void requireExisting(long id) {
        if (!challenges.existsById(id)) {
            throw new NotFoundException("challenge", id);
        }
    }

    /** A new challenge's form: opening today. */
    public ChallengeForm blankForm() {
        return ChallengeForm.empty(clock.today());
    }

    /** The form of an existing challenge, to edit it. */
    public ChallengeForm form(long id) {
        return ChallengeForm.of(challenges.findWithAction(id).orElseThrow(() -> new NotFoundException("challenge", id)));
    }

    /** The checks a bean annotation cannot make: the scope exists, the deadline is ahead, the cap not below the goal. */
    private ChallengeForm.Checked check(ChallengeForm form, Viewer staff) {
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
        if (staff != null && !staff.staffOf(territoryId)) {
            throw Refusal.invalid("scope", "challenge.scope.unknown"); // another territory: unknown to them
        }
        if (form.cap() != null && form.cap() < form.goal()) {
            throw Refusal.invalid("cap", "challenge.cap.belowGoal");
        }
        if (form.deadline().isBefore(clock.today())) {
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
        return actions.findById(id).filter(a -> a.getStatus() == ActionStatus.PUBLISHED)
                .orElseThrow(() -> Refusal.invalid("actionId", "challenge.action.unknown"));
    }
}
