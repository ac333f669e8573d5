package org.voisinage.following;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.voisinage.account.Residents;
import org.voisinage.account.Viewer;

/**
 * Followers as the topics' policies see them, read fresh when a message is built: a resident rejected, sanctioned or
 * moved away since they followed is no longer admitted to members-only topics; an email-only follower (no resident)
 * is {@link Viewer#ANONYMOUS} and admitted to public topics only.
 */
@Component
class Recipients {

    /** Ids per statement: far below PostgreSQL's limit of bind parameters. */
    private static final int CHUNK = 1000;

    private final Residents residents;

    Recipients(Residents residents) {
        this.residents = residents;
    }

    /** The viewers of these residents, in a fixed number of statements per thousand. */
    Map<Long, Viewer> viewers(Collection<Long> residentIds) {
        List<Long> ids = residentIds.stream().filter(Objects::nonNull).distinct().toList();
        Map<Long, Viewer> viewers = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            viewers.putAll(residents.viewers(new ArrayList<>(ids.subList(from, Math.min(ids.size(), from + CHUNK)))));
        }
        return viewers;
    }

    /** A follower's viewer: an unknown or deleted resident is anonymous, like an email-only follower. */
    static Viewer of(Map<Long, Viewer> viewers, Long residentId) {
        return residentId == null ? Viewer.ANONYMOUS : viewers.getOrDefault(residentId, Viewer.ANONYMOUS);
    }
}
