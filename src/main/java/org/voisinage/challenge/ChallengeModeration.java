package org.voisinage.challenge;

import org.springframework.stereotype.Component;
import org.voisinage.account.Residents;
import org.voisinage.common.SiteClock;
import org.voisinage.moderation.ContentType;
import org.voisinage.moderation.ModeratedRows;

/**
 * Moderation of challenges: residents may report a public challenge; moderators hide it (it leaves the lists and
 * its page answers "not found" but to staff and the neighbourhood's moderators), restore it, or edit personal data
 * out of its counter-commitment. Challenges are published by staff: they have no resident author.
 */
@Component
class ChallengeModeration extends ModeratedRows<Challenge> {

    private final ChallengeAccess access;
    private final Residents residents;

    ChallengeModeration(ChallengeRepository challenges, ChallengeAccess access, Residents residents, SiteClock clock) {
        super(ContentType.CHALLENGE, challenges::findById, Challenge::redact, clock);
        this.access = access;
        this.residents = residents;
    }

    @Override
    protected Summary summary(Challenge c) {
        return new Summary(null, c.getNeighbourhoodId(), c.getTitle(), c.getCounterCommitment(), "/defis/" + c.getId());
    }

    @Override
    protected boolean seenBy(Challenge c, long residentId) {
        return access.mayReport(residents.viewer(residentId), c);
    }
}
