package org.voisinage.web;

import java.util.List;

/**
 * The routes of a members-only territory's content (territory C of {@link MatrixFixtures}), added as more objects to
 * routes {@link RouteAccessDeclarations} declares: none of the eight people but staff and the administrator is a
 * member of C, so everyone else gets 404 (as if it did not exist). Every other page is checked besides not to show
 * C's text to anyone else ({@link MatrixFixtures#CLOSED}): the lists of everything, the searches, the feeds.
 */
final class MembersOnlyDeclarations {

    private MembersOnlyDeclarations() {}

    static void declare(RouteAccessMatrixTests.Table t) {
        also(t, "GET /defis/{id}", "DDDD DDOO", "closedChallenge");
        also(t, "GET /agenda/evenements/{id}", "DDDD DDOO", "closedEvent");
        also(t, "GET /agenda/evenements/{id}.ics", "DDDD DDOO", "closedEvent");
        also(t, "GET /initiatives/{id}", "DDDD DDOO", "closedInitiative");
        also(t, "GET /organisations/{slug}", "DDDD DDOO", "closedOrganisationSlug");
        also(t, "GET /territoires/{slug}/tendances", "DDDD DDOO", "closedTerritorySlug");
        also(t, "GET /territoires/{slug}/tendances/activite", "DDDD DDOO", "closedTerritorySlug");
        also(t, "GET /territoires/{slug}/tendances/activite.csv", "DDDD DDOO", "closedTerritorySlug");
        also(t, "GET /agenda", "DDDD DDOO", "?quartier=@closedNeighbourhoodSlug");
        also(t, "GET /agenda/a-venir", "DDDD DDOO", "?quartier=@closedNeighbourhoodSlug");
        // the feed is read with a member's personal token, never a session: without one, nobody
        also(t, "GET /agenda/quartiers/{slug}.ics", "DDDD DDDD", "closedNeighbourhoodSlug");
    }

    private static void also(RouteAccessMatrixTests.Table t, String route, String expected, String... arguments) {
        List<RouteAccessMatrixTests.Case> cases = t.routes.get(route);
        if (cases == null) {
            throw new IllegalStateException("not declared: " + route);
        }
        new RouteAccessMatrixTests.Route(cases).at(expected, arguments);
    }
}
