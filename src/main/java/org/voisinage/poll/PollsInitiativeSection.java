package org.voisinage.poll;

import org.springframework.stereotype.Component;
import org.voisinage.account.Residents;
import org.voisinage.account.Viewer;
import org.voisinage.initiative.InitiativePageSection;
import org.voisinage.neighbourhood.Neighbourhoods;

/**
 * An initiative's page links its members (and staff of its territory) to the polls asking its members, and those who
 * may open one to the form. It reads nothing for a member who is not an organiser (the page's statement budget):
 * the list itself is {@code /sondages?initiative=<id>}.
 */
@Component
class PollsInitiativeSection implements InitiativePageSection {

    /** What the section shows: where the initiative's polls are, and where to open one (null for who may not). */
    record Section(String pollsHref, String openHref) {}

    private final PollAccess access;
    private final Residents residents;
    private final Neighbourhoods neighbourhoods;

    PollsInitiativeSection(PollAccess access, Residents residents, Neighbourhoods neighbourhoods) {
        this.access = access;
        this.residents = residents;
        this.neighbourhoods = neighbourhoods;
    }

    @Override
    public String template() {
        return "poll/fragments";
    }

    @Override
    public String fragment() {
        return "initiativeSection";
    }

    @Override
    public Object model(Context context) {
        if (context.viewerId() == null) {
            return null;
        }
        // read once per request: the initiative's own access policy asked already
        Viewer viewer = residents.viewer(context.viewerId());
        long territoryId = neighbourhoods.get(context.neighbourhoodId()).territoryId();
        boolean staffHere = viewer.staffOf(territoryId);
        if (!staffHere && !context.member()) {
            return null;
        }
        boolean mayOpen = (staffHere || context.organiser()) && access.mayOpen(viewer, PollAudience.INITIATIVE,
                territoryId, context.neighbourhoodId(), context.initiativeId());
        return new Section("/sondages?initiative=" + context.initiativeId(),
                mayOpen ? "/sondages/nouveau?portee=i-" + context.initiativeId() : null);
    }
}
