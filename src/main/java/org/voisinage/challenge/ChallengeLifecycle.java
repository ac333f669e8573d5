package org.voisinage.challenge;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Photos;
import org.voisinage.common.Refusal;
import org.voisinage.common.SiteClock;

/**
 * A challenge's life after it is written: staff open it, the target answers (through its link, or staff record
 * it), staff conclude it and post news; open challenges past their deadline below their goal expire. Every state
 * change happens under the challenge's row lock, is kept in its history and told to followers.
 */
@Service
@Transactional(readOnly = true)
public class ChallengeLifecycle {

    private final ChallengeRepository challenges;
    private final ChallengeRecords records;
    private final ChallengeJournal journal;
    private final Photos photos;
    private final ApplicationEventPublisher events;
    private final SiteClock clock;

    ChallengeLifecycle(ChallengeRepository challenges, ChallengeRecords records, ChallengeJournal journal,
            Photos photos, ApplicationEventPublisher events, SiteClock clock) {
        this.challenges = challenges;
        this.records = records;
        this.journal = journal;
        this.photos = photos;
        this.events = events;
        this.clock = clock;
    }

    Challenge get(long id) {
        return challenges.findById(id).orElseThrow(() -> new NotFoundException("challenge", id));
    }

    private Challenge locked(long id) {
        return challenges.lock(id).orElseThrow(() -> new NotFoundException("challenge", id));
    }

    @Transactional
    public void open(long id) {
        Challenge challenge = locked(id);
        challenge.moveTo(ChallengeState.OPEN);
        journal.changedState(challenge, null);
    }

    /** The target answers (through its link, or staff record it). */
    @Transactional
    public void answer(long challengeId, AnswerForm form) {
        Challenge challenge = locked(challengeId);
        String message = form.message() == null ? "" : form.message().strip();
        challenge.answer(form.accepted(), message, clock.now());
        journal.changedState(challenge, message.isEmpty() ? null : message);
        journal.activity(challenge, "answer", form.accepted() ? "challenge.activity.answer.accepted"
                : "challenge.activity.answer.declined", List.of(challenge.getTargetName(), message), 0, true);
        events.publishEvent(new ChallengeAnswered(challengeId, form.accepted(), challenge.getTerritoryId(),
                challenge.getNeighbourhoodId(), challenge.getTitle()));
    }

    /**
     * Staff say whether the target kept its word, with an optional note and photo. The photo is checked and
     * stored after the state machine agreed, so a refused conclusion leaves no file behind.
     *
     * @throws Refusal on "photo" when the photo is refused (not an image we read, too large...)
     */
    @Transactional
    public void conclude(long challengeId, Conclusion conclusion) {
        Challenge challenge = locked(challengeId);
        String note = conclusion.note() == null || conclusion.note().isBlank() ? null : conclusion.note().strip();
        challenge.conclude(conclusion.fulfilled(), note);
        if (conclusion.photo() != null) {
            challenge.attachFulfilmentPhoto(photos.store(conclusion.photo(), "photo"));
        }
        journal.changedState(challenge, note);
        if (conclusion.fulfilled()) {
            events.publishEvent(new ChallengeFulfilled(challengeId, challenge.getTerritoryId(),
                    challenge.getNeighbourhoodId(), challenge.getTitle()));
        }
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
        Challenge challenge = get(challengeId);
        String body = form.body().strip();
        records.update(challengeId, body, clock.now());
        journal.activity(challenge, "update", "challenge.activity.update",
                List.of(body.length() > 280 ? body.substring(0, 279) + "…" : body), 0, false);
    }

    /** Expires the open challenges whose deadline passed below their goal; run again, it changes nothing. */
    @Transactional
    public int expireOverdue() {
        LocalDate today = clock.today();
        int expired = 0;
        for (long id : challenges.overdue(today)) {
            Challenge challenge = challenges.lock(id).orElseThrow();
            if (challenge.expireIfDue(today)) {
                journal.changedState(challenge, null);
                expired++;
            }
        }
        return expired;
    }
}
