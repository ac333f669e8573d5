package org.voisinage.following;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.voisinage.account.ResidentRejected;
import org.voisinage.account.ResidentSanctioned;

/**
 * A resident's follows follow their status: rejected or banned, they lose the follows of members-only topics (public
 * ones are kept, as anyone may follow them). A suspension keeps them: nothing members-only reaches the resident while
 * it lasts (every message asks the topic's policy as it is built), and it all resumes when it ends.
 */
@Component
class FollowsOnStatusChange {

    private final Follows follows;

    FollowsOnStatusChange(Follows follows) {
        this.follows = follows;
    }

    @ApplicationModuleListener
    void on(ResidentRejected rejected) {
        follows.removeRefused(rejected.residentId());
    }

    @ApplicationModuleListener
    void on(ResidentSanctioned sanctioned) {
        if (sanctioned.until() == null) {
            follows.removeRefused(sanctioned.residentId());
        }
    }
}
