package org.voisinage.challenge;

/** A resident pledges; "follow this challenge" is ticked unless they untick it. */
public record PledgeForm(boolean follow) {

    static PledgeForm empty() {
        return new PledgeForm(true);
    }
}
