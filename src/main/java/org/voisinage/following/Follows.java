package org.voisinage.following;

import java.util.List;
import org.springframework.stereotype.Service;

/** The following module's API for other modules. */
@Service
public class Follows {

    /** A signed-in resident follows a topic (again); an existing follow keeps its frequency. */
    public void follow(long residentId, Topic topic) {
        throw new UnsupportedOperationException("built in the following module");
    }

    public void unfollow(long residentId, Topic topic) {
        throw new UnsupportedOperationException("built in the following module");
    }

    public boolean isFollowing(long residentId, Topic topic) {
        throw new UnsupportedOperationException("built in the following module");
    }

    /** Residents following the topic with any frequency but OFF. */
    public List<Long> followingResidents(Topic topic) {
        throw new UnsupportedOperationException("built in the following module");
    }
}
