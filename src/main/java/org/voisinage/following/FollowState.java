package org.voisinage.following;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.voisinage.account.CurrentUser;

/**
 * What the follow fragment shows on a topic page: templates call {@code ${@followState.of(topic)}}.
 */
@Component("followState")
public class FollowState {

    private final Follows follows;

    FollowState(Follows follows) {
        this.follows = follows;
    }

    /**
     * @param frequency the signed-in person's follow, null when they do not follow (or are not signed in)
     */
    public record Button(Topic topic, boolean signedIn, Frequency frequency, Frequency[] frequencies) {

        public boolean following() {
            return frequency != null && frequency != Frequency.OFF;
        }

        /** What the select shows chosen. */
        public Frequency selected() {
            return following() ? frequency : Follows.DEFAULT_FREQUENCY;
        }
    }

    public Button of(Topic topic) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            return new Button(topic, true, follows.frequency(user.id(), topic).orElse(null), Frequency.values());
        }
        return new Button(topic, false, null, Frequency.values());
    }
}
