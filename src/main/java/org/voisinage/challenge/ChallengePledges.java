package org.voisinage.challenge;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.ResidentView;
import org.voisinage.account.Residents;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;
import org.voisinage.common.SiteClock;
import org.voisinage.following.Follows;
import org.voisinage.following.Topic;

/**
 * Pledges: residents pledge and withdraw, staff enter paper pledges. Every count change happens under the
 * challenge's row lock and is told to followers; reaching the goal changes the challenge's state.
 */
@Service
@Transactional(readOnly = true)
public class ChallengePledges {

    private final ChallengeRepository challenges;
    private final PledgeRepository pledges;
    private final ChallengeRecords records;
    private final PledgeScope scope;
    private final ChallengeJournal journal;
    private final Residents residents;
    private final Follows follows;
    private final SiteClock clock;

    ChallengePledges(ChallengeRepository challenges, PledgeRepository pledges, ChallengeRecords records,
            PledgeScope scope, ChallengeJournal journal, Residents residents, Follows follows, SiteClock clock) {
        this.challenges = challenges;
        this.pledges = pledges;
        this.records = records;
        this.scope = scope;
        this.journal = journal;
        this.residents = residents;
        this.follows = follows;
        this.clock = clock;
    }

    /**
     * The resident pledges, and follows the challenge unless they chose not to.
     *
     * @throws Refusal pending, out of scope, twice, closed, capped
     */
    @Transactional
    public void pledge(long challengeId, long residentId, boolean follow) {
        pledge(challengeId, residentId, follow, null);
    }

    /**
     * Staff pledge on an assisted resident's behalf (the same rules as the resident's own pledge); the pledge says
     * who entered it. No follow: an assisted resident receives no email.
     */
    @Transactional
    public void pledgeFor(long challengeId, long residentId, long staffId) {
        pledge(challengeId, residentId, false, staffId);
    }

    private void pledge(long challengeId, long residentId, boolean follow, Long enteredBy) {
        ResidentView resident = residents.get(residentId);
        // a challenge hidden by moderators takes no pledge until they restore it
        Challenge challenge = challenges.lock(challengeId)
                .filter(c -> c.getState().isPublic() && !c.isHidden())
                .orElseThrow(() -> new NotFoundException("challenge", challengeId));
        String outOfScope = scope.refusal(challenge, resident);
        if (outOfScope != null) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, null, outOfScope);
        }
        if (pledges.existsByChallengeIdAndResidentId(challengeId, residentId)) {
            throw new Refusal(Refusal.Kind.CONFLICT, null, "challenge.refused.twice");
        }
        boolean goalReached = challenge.countPledge(clock.today());
        pledges.save(new Pledge(challengeId, residentId, clock.now(), enteredBy));
        journal.activity(challenge, "pledges", "challenge.activity.pledges", List.of("1"), 1, false);
        journal.countChanged(challenge, goalReached);
        if (follow) {
            follows.follow(residentId, Topic.challenge(challengeId));
        }
    }

    /**
     * The first pledgers of a challenge born from a residents' need: its supporters, each counted as a pledge and
     * following the challenge, each free to withdraw like anyone. Those out of its scope now (moved away, no longer
     * verified) are left out, and so are those past its cap.
     *
     * @return how many pledged
     */
    @Transactional
    public int pledgeFirst(long challengeId, java.util.Collection<Long> residentIds) {
        Challenge challenge = challenges.lock(challengeId)
                .orElseThrow(() -> new NotFoundException("challenge", challengeId));
        int pledged = 0;
        boolean goalReached = false;
        for (ResidentView resident : residents.findAll(residentIds).values()) {
            if (scope.refusal(challenge, resident) != null || challenge.pledgeRefusal(clock.today()) != null
                    || pledges.existsByChallengeIdAndResidentId(challengeId, resident.id())) {
                continue;
            }
            goalReached |= challenge.countPledge(clock.today());
            pledges.save(new Pledge(challengeId, resident.id(), clock.now(), null));
            follows.follow(resident.id(), Topic.challenge(challengeId));
            pledged++;
        }
        if (pledged > 0) {
            journal.activity(challenge, "pledges", "challenge.activity.pledges", List.of(String.valueOf(pledged)),
                    pledged, false);
            journal.countChanged(challenge, goalReached);
        }
        return pledged;
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
        records.offline(challengeId, form.count(), form.note().strip(), staffId, clock.now());
        journal.activity(challenge, "pledges", "challenge.activity.pledges", List.of(String.valueOf(form.count())),
                form.count(), false);
        journal.countChanged(challenge, goalReached);
    }

    /** For emails: who pledged online. */
    List<Long> pledgers(long challengeId) {
        return pledges.residentIds(challengeId);
    }
}
