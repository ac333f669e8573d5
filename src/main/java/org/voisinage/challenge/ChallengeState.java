package org.voisinage.challenge;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a challenge. Stored by code; labels from the bundles. Draft → open → goal reached → accepted
 * or declined by the target → fulfilled or not; an open challenge whose deadline passes below its goal expires.
 */
public enum ChallengeState {
    DRAFT, OPEN, GOAL_REACHED, ACCEPTED, DECLINED, FULFILLED, NOT_FULFILLED, EXPIRED;

    public String labelKey() {
        return "challenge.state." + name();
    }

    /** The states this one may move to. */
    public Set<ChallengeState> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(OPEN);
            case OPEN -> EnumSet.of(GOAL_REACHED, EXPIRED);
            case GOAL_REACHED -> EnumSet.of(ACCEPTED, DECLINED);
            case ACCEPTED -> EnumSet.of(FULFILLED, NOT_FULFILLED);
            case DECLINED, FULFILLED, NOT_FULFILLED, EXPIRED -> EnumSet.noneOf(ChallengeState.class);
        };
    }

    public boolean canMoveTo(ChallengeState target) {
        return next().contains(target);
    }

    /** Residents may pledge: pledges go on past the goal (unless a cap stops them) until the target answers. */
    public boolean takesPledges() {
        return this == OPEN || this == GOAL_REACHED;
    }

    /** Shown to everyone (drafts are for staff only). */
    public boolean isPublic() {
        return this != DRAFT;
    }
}
