package org.voisinage.agenda;

import org.springframework.stereotype.Component;
import org.voisinage.account.Viewer;

/**
 * Who may see, report and change agenda events: the one place that says it. A public event is for anyone (pages and
 * every calendar feed); a members-only one for the verified members of its neighbourhood and staff (and feeds opened
 * with such a member's token). Hidden by moderators, an event is left to its organiser and those who moderate its
 * neighbourhood. Its organiser changes and cancels it.
 */
@Component
public class EventAccess {

    private final org.voisinage.neighbourhood.Neighbourhoods neighbourhoods;

    EventAccess(org.voisinage.neighbourhood.Neighbourhoods neighbourhoods) {
        this.neighbourhoods = neighbourhoods;
    }

    /** Whether the viewer may see a neighbourhood's members-only events (pages and their personal feed). */
    public boolean maySeeMembersOnlyOf(Viewer viewer, long neighbourhoodId) {
        return viewer.isMemberOf(neighbourhoodId);
    }

    /** A neighbourhood's agenda (month, lists, iCalendar feed): not for those kept out of a members-only territory. */
    public boolean maySeeAgendaOf(Viewer viewer, long neighbourhoodId) {
        return !viewer.keptOutOf(neighbourhoods.membersOnlyTerritory(neighbourhoodId, null));
    }

    boolean maySee(Viewer viewer, AgendaEvent event) {
        if (viewer.keptOutOf(neighbourhoods.membersOnlyTerritory(event.getNeighbourhoodId(), null))) {
            return false; // a members-only territory: others see its name and sign-up only
        }
        if (event.isHidden() && !viewer.is(event.getOrganiserId()) && !viewer.moderates(event.getNeighbourhoodId())) {
            return false;
        }
        return event.getVisibility() == Visibility.PUBLIC || maySeeMembersOnlyOf(viewer, event.getNeighbourhoodId());
    }

    boolean mayReport(Viewer viewer, AgendaEvent event) {
        return viewer.signedIn() && maySee(viewer, event);
    }

    boolean mayChange(Viewer viewer, AgendaEvent event) {
        return viewer.is(event.getOrganiserId());
    }
}
