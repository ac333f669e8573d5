package org.voisinage.challenge;

/** A resident pledges; "follow this challenge" is ticked unless they untick it (an unticked box sends nothing). */
public record PledgeForm(Boolean follow) {

    static PledgeForm empty() {
        return new PledgeForm(true);
    }

    boolean follows() {
        return Boolean.TRUE.equals(follow);
    }
}
