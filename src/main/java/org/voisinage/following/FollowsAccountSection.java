package org.voisinage.following;

import java.util.List;
import org.springframework.stereotype.Component;
import org.voisinage.account.AccountSection;

/** The account page lists what the resident follows, each with its frequency (the same list as /suivis). */
@Component
class FollowsAccountSection implements AccountSection {

    private final Follows follows;

    FollowsAccountSection(Follows follows) {
        this.follows = follows;
    }

    /** What the list shows; {@code back}: where its forms come back to. */
    record FollowList(List<FollowView> follows, Frequency[] frequencies, String back) {}

    @Override
    public String template() {
        return "following/fragments";
    }

    @Override
    public String fragment() {
        return "followList";
    }

    @Override
    public Object model(long residentId) {
        return new FollowList(follows.followedBy(residentId), Frequency.values(), "/account");
    }
}
