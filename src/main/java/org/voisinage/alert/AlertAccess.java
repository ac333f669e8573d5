package org.voisinage.alert;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.voisinage.account.Viewer;
import org.voisinage.following.TopicAccess;
import org.voisinage.following.TopicAudience;

/**
 * Who may see, follow, report and change alerts: the one place that says it. Alerts are members-only: a neighbourhood's
 * alerts are read by its verified members, by those who moderate it, and by staff; never by email alone. A hidden alert
 * is left to its author and its neighbourhood's moderators. The topic "alerts" of a neighbourhood (its id) has the
 * same audience as the neighbourhood's alerts page.
 */
@Component
public class AlertAccess implements TopicAccess {

    /** Whether the viewer may read a neighbourhood's alerts, and so follow them and receive them. */
    public boolean maySeeAlertsOf(Viewer viewer, long neighbourhoodId) {
        return viewer.isMemberOf(neighbourhoodId) || viewer.moderates(neighbourhoodId);
    }

    /** Members of the neighbourhood raise alerts for it: verified and not sanctioned. */
    public boolean mayRaiseIn(Viewer viewer, long neighbourhoodId) {
        return viewer.verified() && Long.valueOf(neighbourhoodId).equals(viewer.neighbourhoodId());
    }

    /** Staff, or a moderator of the alert's neighbourhood, retract it. */
    public boolean mayRetract(Viewer viewer, long neighbourhoodId) {
        return viewer.moderates(neighbourhoodId);
    }

    /** One alert: its neighbourhood's readers; a hidden one only its author and those who moderate it. */
    boolean maySee(Viewer viewer, Alert alert) {
        if (viewer.is(alert.getAuthorId()) || viewer.moderates(alert.getNeighbourhoodId())) {
            return true;
        }
        return !alert.isHidden() && viewer.isMemberOf(alert.getNeighbourhoodId());
    }

    /** Whoever may see an alert may report it. */
    boolean mayReport(Viewer viewer, Alert alert) {
        return viewer.signedIn() && maySee(viewer, alert);
    }

    /** Its author says it is over. */
    boolean mayResolve(Viewer viewer, Alert alert) {
        return viewer.is(alert.getAuthorId());
    }

    @Override
    public String topicType() {
        return Alerts.TOPIC;
    }

    /** The topic's id is the neighbourhood's: no statement needed. */
    @Override
    public Map<Long, TopicAudience> audiences(Collection<Long> neighbourhoodIds) {
        return neighbourhoodIds.stream().distinct().collect(Collectors.toMap(Function.identity(),
                id -> (TopicAudience) viewer -> maySeeAlertsOf(viewer, id)));
    }
}
