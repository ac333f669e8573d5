package org.voisinage.challenge;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.Residents;
import org.voisinage.moderation.ContentRef;
import org.voisinage.moderation.ContentSnapshot;
import org.voisinage.moderation.ContentType;
import org.voisinage.moderation.ModeratedContent;

/**
 * Moderation of challenges: residents may report a public challenge; moderators hide it (it leaves the lists and
 * its page answers "not found" but to staff and the neighbourhood's moderators), restore it, or edit personal data
 * out of its counter-commitment. Challenges are published by staff: they have no resident author.
 */
@Component
@Transactional
class ChallengeModeration implements ModeratedContent {

    private final ChallengeRepository challenges;
    private final ChallengeAccess access;
    private final Residents residents;
    private final Clock clock;

    ChallengeModeration(ChallengeRepository challenges, ChallengeAccess access, Residents residents, Clock clock) {
        this.challenges = challenges;
        this.access = access;
        this.residents = residents;
        this.clock = clock;
    }

    @Override
    public ContentType type() {
        return ContentType.CHALLENGE;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ContentSnapshot> snapshot(long id) {
        return challenges.findById(id).map(c -> new ContentSnapshot(new ContentRef(ContentType.CHALLENGE, id), null,
                c.getNeighbourhoodId(), c.getTitle(), c.getCounterCommitment(), "/defis/" + id, c.isHidden()));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean visibleTo(long id, long residentId) {
        return challenges.findById(id).map(c -> access.mayReport(residents.viewer(residentId), c)).orElse(false);
    }

    @Override
    public void hide(long id, String reason) {
        challenges.findById(id).ifPresent(c -> c.hide(clock.instant(), reason));
    }

    @Override
    public void restore(long id) {
        challenges.findById(id).ifPresent(Challenge::restore);
    }

    @Override
    public void redact(long id, String text) {
        challenges.findById(id).ifPresent(c -> c.redact(text));
    }
}
