package org.voisinage.web;

import java.util.Set;

/**
 * What each of the eight people of the route matrix gets on every route of the application, fed real objects of
 * neighbourhood A (see {@link MatrixFixtures}). One letter per person, in this order:
 *
 * <pre>
 *   anonymous · pending resident of A · resident of A · resident of B · moderator of A · moderator of B · staff · admin
 * </pre>
 *
 * <ul>
 *   <li>{@code O} a page (2xx)</li>
 *   <li>{@code S} the action was done: a redirect with a success message</li>
 *   <li>{@code V} a redirect elsewhere (no success message: a refusal explained on the next page, a hand-over)</li>
 *   <li>{@code L} sent to sign in</li>
 *   <li>{@code D} denied: 403, or 404 as if the object did not exist</li>
 *   <li>{@code R} refused by the action (a POST without a valid form): a 4xx, the form back, or a redirect
 *       without success; never a success</li>
 *   <li>{@code N} not let through, whichever way: denied ({@code D}) or refused by the action ({@code R})</li>
 *   <li>{@code E} Spring Boot's error page asked directly (it answers with the status of a failed request: 500
 *       when there is none); nowhere else is a 5xx accepted</li>
 * </ul>
 *
 * A route of the running application missing here fails the matrix, naming it. Objects are named after
 * {@link MatrixFixtures#objects}; a name starting with {@code =} is taken literally, one starting with {@code ?}
 * adds a query parameter ({@code ?resident=alice}).
 */
final class RouteAccessDeclarations {

    private RouteAccessDeclarations() {}

    /** Pages listing neighbours: those who chose not to be listed are left out. */
    static final Set<String> LISTS_OF_NEIGHBOURS = Set.of("GET /quartiers/{slug}", "GET /voisins");

    static void declare(RouteAccessMatrixTests.Table t) {
        readApi(t);
        t.route("GET /account").is("LOOO OOOO");
        t.route("GET /admin/waitlist").is("LDDD DDOO");
        t.route("GET /email/confirm").is("RRRR RRRR");
        t.route("POST /email/confirm").is("RRRR RRRR");
        t.route("POST /account/resend-confirmation").is("LSSS SSSS");
        t.route("POST /account/name").is("LRRR RRRR");
        t.route("POST /account/password").is("LRRR RRRR");
        t.route("POST /account/email").is("LRRR RRRR");
        t.route("GET /email/change").is("RRRR RRRR");
        t.route("POST /account/export").is("LSSS SSSS");
        t.route("POST /account/delete").is("LRRR RRRR");
        t.route("GET /privacy").is("OOOO OOOO");
        // the search across everything (issue 15): anyone; each finds what they may read (SearchAccessTests)
        t.route("GET /recherche").is("OOOO OOOO");
        t.route("GET /demandes").is("LOOO OOOO");
        t.route("GET /demandes/nouvelle").is("LOOO OOOO");
        t.route("POST /demandes/nouvelle").is("LRRR RRRR");
        t.route("GET /demandes/{id}").at("LDDD DDDD", "=999999999");
        t.route("POST /demandes/{id}").at("LDDD DDDD", "=999999999");
        // a request's photos: its resident and its territory's staff only (RequestPhotoTests)
        t.route("GET /demandes/{id}/photos/{name}").at("LDDD DDDD", "=999999999",
                "=0123456789abcdef0123456789abcdef.jpg");
        t.route("GET /admin/demandes").is("LDDD DDOO");
        t.route("POST /admin/demandes/{id}/note").at("LDDD DDDD", "=999999999");
        t.route("POST /admin/demandes/{id}/statut").at("LDDD DDDD", "=999999999");
        t.route("GET /account/export/{token}").at("LDDD DDDD", "=unknown-token");
        t.route("POST /email/change").is("RRRR RRRR");
        t.route("GET /password/forgot").is("OOOO OOOO");
        t.route("POST /password/forgot").is("RRRR RRRR");
        t.route("GET /password/reset").is("RRRR RRRR");
        t.route("POST /password/reset").is("RRRR RRRR");
        t.route("GET /login").is("OOOO OOOO");
        t.route("GET /admin/people").is("LDDD DDOO");
        // the members who left, for every member of staff (limited staff: their territories' own, TerritoryStaffTests)
        t.route("GET /admin/leavers").is("LDDD DDOO");
        t.route("POST /admin/leavers/{memberNumber}/keep").at("LDDD DDRR", "=NO-SUCH-MEMBER");
        t.route("GET /admin/people/{id}")
                .at("LDDD DDOO", "alice");
        t.route("POST /admin/people/{id}/role")
                .at("LDDD DDRR", "alice");
        t.route("POST /admin/people/{id}/erase")
                .at("LDDD DDRR", "alice");
        // only administrators limit staff, and only staff (alice is a resident: refused)
        t.route("POST /admin/people/{id}/territories")
                .at("LDDD DDDR", "alice");
        // assisted accounts: staff only; a POST without its form is refused
        t.route("GET /admin/assisted/new").is("LDDD DDOO");
        t.route("POST /admin/assisted").is("LDDD DDRR");
        t.route("GET /admin/assisted/{residentId}").at("LDDD DDOO", "assisted");
        t.route("GET /admin/assisted/{residentId}/summary.pdf").at("LDDD DDOO", "assisted");
        t.route("POST /admin/assisted/{residentId}/pledge").at("LDDD DDRR", "assisted");
        t.route("POST /admin/assisted/{residentId}/rsvp").at("LDDD DDRR", "assisted");
        t.route("POST /admin/assisted/{residentId}/need").at("LDDD DDRR", "assisted");
        t.route("POST /admin/assisted/{residentId}/takeover").at("LDDD DDRR", "assisted");
        t.route("GET /email/takeover").is("RRRR RRRR");
        t.route("POST /email/takeover").is("RRRR RRRR");
        t.route("GET /demenagement").is("LOOO OOOO");
        t.route("POST /demenagement").is("LRRR RRRR");
        t.route("GET /signup").is("OOOO OOOO");
        t.route("POST /signup").is("RRRR RRRR");
        t.route("GET /signup/account").is("VVVV VVVV");
        t.route("POST /signup/account").is("VVVV VVVV");
        t.route("POST /signup/waitlist").is("VVVV VVVV");
        t.route("GET /signup/check-email").is("OOOO OOOO");
        t.route("GET /signup/waitlisted").is("OOOO OOOO");
        t.route("GET /agenda").is("OOOO OOOO");
        t.route("GET /agenda/a-venir").is("OOOO OOOO");
        t.route("GET /agenda/archives").is("OOOO OOOO");
        t.route("GET /agenda/evenements/{id}")
                .at("OOOO OOOO", "event")
                .at("DDOD ODOO", "eventMembers")
                .at("DDDD ODOO", "eventHidden");
        t.route("POST /agenda/evenements/{id}/reponse")
                .at("LNRD RDDD", "event")
                .at("LNRD RDDD", "eventMembers")
                .at("LDDD DDDD", "eventHidden");
        t.route("POST /agenda/evenements/{id}/annulation")
                .at("LDDD DDSR", "event")
                .at("LDDD DDSR", "eventMembers")
                .at("LDDD DDSR", "eventHidden");
        // a one-off event is no series: staff, who may organise it, are refused (issue 15)
        t.route("POST /agenda/evenements/{id}/serie/annulation").at("LDDD DDRR", "event");
        // changing a series from a date on: a one-off event has none (404 for staff, who may organise it; issue 15)
        t.route("GET /agenda/evenements/{id}/serie/modifier").at("LDDD DDDD", "event");
        t.route("POST /agenda/evenements/{id}/serie/modifier").at("LRRR RRRR", "event");
        t.route("GET /agenda/evenements/{id}.ics")
                .at("OOOO OOOO", "event")
                .at("DDOD ODOO", "eventMembers")
                .at("DDDD DDDD", "eventHidden");
        t.route("GET /agenda/quartiers/{slug}.ics")
                .at("OOOO OOOO", "neighbourhoodSlug");
        t.route("POST /agenda/jeton").is("LSSS SSSS");
        // anyone signed in chooses whether events remind them (issue 15)
        t.route("POST /agenda/rappels").is("LSSS SSSS");
        t.route("GET /agenda/evenements/nouveau").is("LOOO OOOO");
        t.route("POST /agenda/evenements").is("LRRR RRRR");
        t.route("GET /agenda/evenements/{id}/modifier")
                .at("LDDD DDOO", "event")
                .at("LDDD DDOO", "eventMembers")
                .at("LDDD DDOO", "eventHidden");
        t.route("POST /agenda/evenements/{id}/modifier")
                .at("LRRR RRRR", "event")
                .at("LRRR RRRR", "eventMembers")
                .at("LRRR RRRR", "eventHidden");
        t.route("GET /alertes").is("LDOO OODD");
        t.route("GET /alertes/nouvelle").is("LOOO OOOO");
        t.route("POST /alertes").is("LRRR RRRR");
        t.route("GET /alertes/{id}")
                .at("LDOD ODOO", "alert")
                .at("LDDD ODOO", "alertHidden");
        t.route("POST /alertes/{id}/resolue")
                .at("LDDD DDDD", "alert")
                .at("LDDD DDDD", "alertHidden");
        t.route("POST /alertes/{id}/retrait")
                .at("LNRD RDRR", "alert")
                .at("LDDD RDRR", "alertHidden");
        t.route("GET /admin/annonces").is("LDDD DDOO");
        t.route("GET /admin/annonces/new").is("LDDD DDOO");
        t.route("POST /admin/annonces").is("LDDD DDRR");
        t.route("GET /admin/annonces/{id}")
                .at("LDDD DDOO", "announcement");
        t.route("POST /admin/annonces/{id}")
                .at("LDDD DDRR", "announcement");
        t.route("POST /admin/annonces/{id}/retrait")
                .at("LDDD DDSS", "announcement");
        t.route("GET /annonces").is("LOOO OOOO");
        t.route("GET /annonces/{id}")
                .at("LDOD ODOO", "announcement")
                .at("LDDD DDOO", "announcementHidden");
        t.route("GET /admin/challenges").is("LDDD DDOO");
        t.route("GET /admin/challenges/new").is("LDDD DDOO");
        t.route("POST /admin/challenges").is("LDDD DDRR");
        t.route("GET /admin/challenges/{id}/edit")
                .at("LDDD DDOO", "challenge");
        t.route("POST /admin/challenges/{id}")
                .at("LDDD DDRR", "challenge");
        t.route("GET /admin/challenges/{id}")
                .at("LDDD DDOO", "challenge");
        t.route("POST /admin/challenges/{id}/open")
                .at("LDDD DDRR", "challenge");
        t.route("POST /admin/challenges/{id}/offline")
                .at("LDDD DDRR", "challenge");
        t.route("POST /admin/challenges/{id}/answer")
                .at("LDDD DDRR", "challenge");
        t.route("POST /admin/challenges/{id}/conclusion")
                .at("LDDD DDRR", "challenge");
        t.route("POST /admin/challenges/{id}/updates")
                .at("LDDD DDRR", "challenge");
        t.route("GET /admin/challenges/actions").is("LDDD DDOO");
        t.route("POST /admin/challenges/actions").is("LDDD DDRR");
        t.route("POST /admin/challenges/actions/{actionId}/decision")
                .at("LDDD DDRR", "action");
        t.route("GET /defis").is("OOOO OOOO");
        t.route("GET /defis/{id}")
                .at("OOOO OOOO", "challenge")
                .at("DDDD ODOO", "challengeHidden");
        t.route("GET /defis/{id}/photo")
                .at("DDDD DDDD", "challenge")
                .at("DDDD DDDD", "challengeHidden");
        t.route("POST /defis/{id}/engagement")
                .at("LNSD SDDD", "challenge")
                .at("LDDD DDDD", "challengeHidden");
        t.route("POST /defis/{id}/retrait")
                .at("LNSR SRRR", "challenge")
                .at("LDDD RDRR", "challengeHidden");
        t.route("GET /defis/actions").is("OOOO OOOO");
        t.route("POST /defis/actions").is("LRRR RRRR");
        t.route("GET /defis/{id}/reponse")
                .at("DDDD DDDD", "challenge")
                .at("DDDD DDDD", "challengeHidden");
        t.route("POST /defis/{id}/reponse")
                .at("DDDD DDDD", "challenge")
                .at("DDDD DDDD", "challengeHidden");
        t.route("GET /territoires/{slug}/tendances")
                .at("OOOO OOOO", "territorySlug");
        // the trends month by month (issue 16): anyone, a bad period a 400; the quarter's PDF for staff of the territory
        t.route("GET /territoires/{slug}/tendances/activite")
                .at("OOOO OOOO", "territorySlug")
                .at("RRRR RRRR", "territorySlug", "?mois=7");
        t.route("GET /territoires/{slug}/tendances/activite.csv")
                .at("OOOO OOOO", "territorySlug")
                .at("RRRR RRRR", "territorySlug", "?mois=7");
        t.route("GET /admin/territories/{territoryId}/trends.pdf")
                .at("LDDD DDOO", "territory")
                .at("LDDD DDRR", "territory", "?trimestre=2026-T9");
        // webhooks (issue 16): staff of the endpoint's territory (TerritoryStaffScope), administrators and global staff
        t.route("GET /admin/webhooks").is("LDDD DDOO");
        t.route("GET /admin/webhooks/nouveau").is("LDDD DDOO");
        t.route("POST /admin/webhooks").is("LDDD DDRR");
        t.route("GET /admin/webhooks/{id}").at("LDDD DDOO", "webhook");
        t.route("POST /admin/webhooks/{id}").at("LDDD DDRR", "webhook");
        t.route("POST /admin/webhooks/{id}/suppression").at("LDDD DDDD", "=999999999");
        t.route("POST /admin/webhooks/{id}/secret").at("LDDD DDOO", "webhook");
        t.route("POST /admin/webhooks/{id}/test").at("LDDD DDSS", "webhook");
        t.route("POST /admin/webhooks/{id}/livraisons/{deliveryId}/rejouer")
                .at("LDDD DDSS", "webhook", "webhookDelivery");
        // Atom feeds (issue 16): public, for anyone; none for a members-only territory, whoever asks
        t.route("GET /quartiers/{slug}/flux.atom")
                .at("OOOO OOOO", "neighbourhoodSlug")
                .at("DDDD DDDD", "closedNeighbourhoodSlug");
        t.route("GET /territoires/{slug}/flux.atom")
                .at("OOOO OOOO", "territorySlug")
                .at("DDDD DDDD", "closedTerritorySlug");
        t.route("GET /admin/addresses").is("LDDD DDOO");
        t.route("POST /admin/addresses").is("LDDD DDRR");
        t.route("GET /admin/addresses/imports/{id}")
                .at("LDDD DDOO", "addressImport");
        t.route("GET /echanges").is("LOOO OOOO");
        t.route("GET /echanges/mes-annonces").is("LOOO OOOO");
        t.route("GET /echanges/{id}")
                .at("LDOD ODOO", "listing")
                .at("LDDD ODOO", "listingHidden");
        t.route("GET /echanges/nouvelle").is("LOOO OOOO");
        t.route("POST /echanges/nouvelle").is("LRRR RRRR");
        t.route("GET /echanges/{id}/modifier")
                .at("LDDD DDDD", "listing")
                .at("LDDD DDDD", "listingHidden");
        t.route("POST /echanges/{id}/modifier")
                .at("LDDD DDDD", "listing")
                .at("LDDD DDDD", "listingHidden");
        t.route("POST /echanges/{id}/photos/supprimer")
                .at("LRRR RRRR", "listing")
                .at("LRRR RRRR", "listingHidden");
        t.route("POST /echanges/{id}/pret")
                .at("LNRD RDRR", "listing")
                .at("LDDD RDRR", "listingHidden");
        t.route("POST /echanges/{id}/rendu")
                .at("LDDD DDDD", "listing")
                .at("LDDD DDDD", "listingHidden");
        t.route("POST /echanges/{id}/reservations")
                .at("LDRD RDRR", "listing")
                .at("LDDD RDRR", "listingHidden");
        t.route("POST /echanges/reservations/{bookingId}/accepter").at("LDDD DDDD", "booking");
        t.route("POST /echanges/reservations/{bookingId}/refuser").at("LDDD DDDD", "booking");
        t.route("POST /echanges/reservations/{bookingId}/annuler").at("LDDD DDDD", "booking");
        t.route("GET /echanges/{id}/prolonger")
                .at("RRRR RRRR", "listing")
                .at("RRRR RRRR", "listingHidden");
        t.route("POST /echanges/{id}/prolonger")
                .at("RRRR RRRR", "listing")
                .at("RRRR RRRR", "listingHidden");
        t.route("GET /echanges/photos/{name}")
                .at("LDOD ODOO", "photo");
        t.route("GET /admin/digests").is("LDDD DDOO");
        t.route("POST /admin/digests/{id}/retry")
                .at("LDDD DDSS", "digestRun");
        t.route("POST /admin/digests/build").is("LDDD DDRR");
        t.route("POST /suivre").is("LRRR RRRR")
                // members-only topics are followed only by those who may see them
                .at("LDSD SDSS", "?type=alerts", "?id=@neighbourhood");
        t.route("POST /suivre/arreter").is("LRRR RRRR");
        t.route("GET /suivre/email").is("RRRR RRRR")
                .at("OOOO OOOO", "?type=initiative", "?id=@initiative")
                // following by email alone is for public topics only
                .at("DDDD DDDD", "?type=alerts", "?id=@neighbourhood");
        t.route("POST /suivre/email").is("RRRR RRRR")
                .at("DDDD DDDD", "?email=outsider@test.voisinage.test", "?type=alerts", "?id=@neighbourhood");
        t.route("GET /suivre/confirmer/{token}")
                .at("DDDD DDDD", "=no-such-token");
        t.route("POST /suivre/confirmer/{token}")
                .at("DDDD DDDD", "=no-such-token");
        t.route("GET /suivis").is("LOOO OOOO");
        t.route("GET /notifications").is("LOOO OOOO");
        t.route("POST /notifications/{id}/lu")
                .at("LVVV VVVV", "notification");
        t.route("POST /notifications/tout-lu").is("LVVV VVVV");
        t.route("GET /desabonnement/{key}")
                .at("DDDD DDDD", "=no-such-key");
        t.route("POST /desabonnement/{key}")
                .at("DDDD DDDD", "=no-such-key");
        t.route("POST /desabonnement/{key}/frequence")
                .at("RRRR RRRR", "=no-such-key");
        t.route("GET /initiatives").is("OOOO OOOO");
        t.route("POST /initiatives/rayon").is("LVVV VVVV");
        t.route("GET /initiatives/nouvelle").is("LOOO OOOO");
        t.route("POST /initiatives").is("LRRR RRRR");
        t.route("GET /initiatives/{id}")
                .at("OOOO OOOO", "initiative")
                .at("DDDD ODOO", "initiativeHidden");
        t.route("POST /initiatives/{id}/rejoindre")
                .at("LNSD SDDD", "initiative")
                .at("LDDD DDDD", "initiativeHidden");
        t.route("POST /initiatives/{id}/quitter")
                .at("LRSR RRRR", "initiative")
                .at("LDDD RDRR", "initiativeHidden");
        t.route("POST /initiatives/{id}/coorganisateurs")
                .at("LDDD DDDD", "initiative")
                .at("LDDD DDDD", "initiativeHidden");
        t.route("POST /initiatives/{id}/statut")
                .at("LRRR RRRR", "initiative")
                .at("LDDD RDRR", "initiativeHidden");
        t.route("POST /initiatives/{id}/besoins")
                .at("LRRR RRRR", "initiative")
                .at("LDDD RDRR", "initiativeHidden");
        t.route("POST /initiatives/{id}/besoins/{needId}/offres")
                .at("LRRR RRRR", "initiative", "need");
        t.route("POST /initiatives/{id}/offres/{offerId}/accepter")
                .at("LDDD DDDD", "initiative", "offer");
        t.route("POST /initiatives/{id}/offres/{offerId}/refuser")
                .at("LDDD DDDD", "initiative", "offer");
        t.route("POST /initiatives/{id}/commentaires")
                .at("LRRR RRRR", "initiative")
                .at("LDDD RDRR", "initiativeHidden");
        t.route("GET /initiatives/{id}/commentaires/{commentId}/modifier")
                .at("LDDD DDDD", "initiative", "comment")
                .at("LDDD DDDD", "initiative", "commentHidden");
        t.route("POST /initiatives/{id}/commentaires/{commentId}/modifier")
                .at("LRRR RRRR", "initiative", "comment")
                .at("LRRR RRRR", "initiative", "commentHidden");
        t.route("POST /initiatives/{id}/commentaires/{commentId}/supprimer")
                .at("LDDD DDDD", "initiative", "comment")
                .at("LDDD DDDD", "initiative", "commentHidden");
        t.route("POST /initiatives/{id}/nouvelles")
                .at("LRRR RRRR", "initiative")
                .at("LDDD RDRR", "initiativeHidden");
        t.route("POST /messages/bloquer/{residentId}")
                .at("LSSS SSSS", "alice");
        t.route("POST /messages/debloquer/{residentId}")
                .at("LSSS SSSS", "alice");
        t.route("GET /messages").is("LOOO OOOO");
        t.route("GET /messages/nouveau").is("LRRR RRRR")
                // a conversation starts only with someone whose profile, or about a subject, the starter may see
                .at("LDOD ODOO", "?resident=@alice")
                .at("LDVD ODOO", "?sujet=listing", "?id=@listing")
                .at("LDDD DDDD", "?sujet=listing", "?id=@listingHidden");
        t.route("POST /messages/nouveau").is("LRRR RRRR");
        t.route("GET /messages/{id}")
                .at("LDOD DDDD", "conversation")
                .at("LDDD DDDD", "conversationOther");
        t.route("POST /messages/{id}")
                .at("LDRD DDDD", "conversation")
                .at("LDDD DDDD", "conversationOther");
        t.route("POST /messages/{id}/fait")
                .at("LDRD DDDD", "conversation")
                .at("LDDD DDDD", "conversationOther");
        t.route("POST /messages/{id}/confirmer")
                .at("LDRD DDDD", "conversation")
                .at("LDDD DDDD", "conversationOther");
        t.route("GET /moderation/messages/{id}")
                .at("LDDD ODOO", "message");
        t.route("GET /recours").is("OOOO OOOO");
        t.route("POST /recours").is("RRRR RRRR");
        t.route("GET /admin/audit").is("LDDD DDOO");
        t.route("GET /admin/audit/export").is("LDDD DDOO");
        t.route("GET /moderation").is("LDDD OOOO");
        t.route("GET /moderation/cases/{id}")
                .at("LDDD ODOO", "case")
                .at("LDDD ODOO", "caseMessage");
        t.route("POST /moderation/cases/{id}")
                .at("LDDD RDRR", "case")
                .at("LDDD RDRR", "caseMessage");
        t.route("POST /moderation/appeals/{id}")
                .at("LDDD VDVV", "appeal");
        t.route("GET /signaler/{type}/{id}")
                .at("LDOD ODOO", "=listing", "listing")
                .at("LDDD ODOO", "=listing", "listingHidden")
                .at("LDDD DDDD", "=message", "message")
                .at("LDOD ODOO", "=comment", "comment")
                .at("LDDD DDDD", "=comment", "commentHidden")
                .at("LOOO OOOO", "=initiative", "initiative")
                .at("LOOO OOOO", "=initiative-update", "update")
                .at("LOOO OOOO", "=event", "event")
                .at("LDOD ODOO", "=event", "eventMembers")
                .at("LDDD ODOO", "=event", "eventHidden")
                .at("LOOO OOOO", "=challenge", "challenge")
                .at("LDDD DDDD", "=thanks", "thanks")
                .at("LDOD ODOO", "=profile", "alice")
                .at("LDOD ODOO", "=profile", "unlisted")
                .at("LDOD ODOO", "=need", "suggestion")
                .at("LDOD ODOO", "=alert", "alert")
                .at("LOOO OOOO", "=organisation", "organisation")
                .at("LDOD ODOO", "=recommendation", "recommendation");
        t.route("POST /signaler/{type}/{id}")
                .at("LNRD RDRR", "=listing", "listing")
                .at("LDDD RDRR", "=listing", "listingHidden")
                .at("LDDD DDDD", "=message", "message")
                .at("LNRD RDRR", "=comment", "comment")
                .at("LDDD DDDD", "=comment", "commentHidden")
                .at("LRRR RRRR", "=initiative", "initiative")
                .at("LRRR RRRR", "=initiative-update", "update")
                .at("LRRR RRRR", "=event", "event")
                .at("LNRD RDRR", "=event", "eventMembers")
                .at("LDDD RDRR", "=event", "eventHidden")
                .at("LRRR RRRR", "=challenge", "challenge")
                .at("LDDD DDDD", "=thanks", "thanks")
                .at("LNRD RDRR", "=profile", "alice")
                .at("LNRD RDRR", "=profile", "unlisted")
                .at("LNRD RDRR", "=need", "suggestion")
                .at("LNRD RDRR", "=alert", "alert")
                .at("LRRR RRRR", "=organisation", "organisation")
                .at("LNRN RNRR", "=recommendation", "recommendation");
        t.route("GET /admin/territories").is("LDDD DDOO");
        t.route("GET /admin/territories/new").is("LDDD DDOO");
        t.route("POST /admin/territories").is("LDDD DDRR");
        t.route("GET /admin/territories/{id}/edit")
                .at("LDDD DDOO", "territory");
        t.route("POST /admin/territories/{id}")
                .at("LDDD DDRR", "territory");
        t.route("GET /admin/territories/{territoryId}/neighbourhoods/new")
                .at("LDDD DDOO", "territory");
        t.route("POST /admin/territories/{territoryId}/neighbourhoods")
                .at("LDDD DDRR", "territory");
        t.route("GET /admin/territories/{territoryId}/neighbourhoods/{id}/edit")
                .at("LDDD DDOO", "territory", "neighbourhood");
        t.route("POST /admin/territories/{territoryId}/neighbourhoods/{id}")
                .at("LDDD DDRR", "territory", "neighbourhood");
        t.route("GET /admin/outbox").is("LDDD DDOO");
        // the printed noticeboard (issue 15): staff of the territory; another's, or an unknown one, 404
        t.route("GET /admin/affichage").is("LDDD DDOO");
        t.route("GET /admin/affichage/quartiers/{neighbourhoodId}")
                .at("LDDD DDOO", "neighbourhood")
                .at("LDDD DDDD", "=999999999");
        t.route("GET /admin/affichage/territoires/{territoryId}")
                .at("LDDD DDOO", "territory")
                .at("LDDD DDDD", "=999999999");
        t.route("GET /admin/outbox/{id}")
                .at("LDDD DDOO", "outbox");
        t.route("GET /admin/outbox/{id}/html")
                .at("LDDD DDOO", "outbox");
        t.route("POST /admin/outbox/{id}/retry")
                .at("LDDD DDSS", "outbox");
        t.route("POST /admin/outbox/test").is("LDDD DDSS");
        t.route("GET /admin/organisations").is("LDDD DDOO");
        t.route("GET /admin/organisations/new").is("LDDD DDOO");
        t.route("POST /admin/organisations").is("LDDD DDRR");
        t.route("GET /admin/organisations/{id}")
                .at("LDDD DDOO", "organisation");
        t.route("POST /admin/organisations/{id}")
                .at("LDDD DDRR", "organisation");
        t.route("POST /admin/organisations/{id}/members")
                .at("LDDD DDRR", "organisation");
        t.route("POST /admin/organisations/{id}/members/{residentId}/remove")
                .at("LDDD DDSS", "organisation", "alice");
        t.route("GET /organisations").is("OOOO OOOO");
        t.route("GET /organisations/{slug}")
                .at("OOOO OOOO", "organisationSlug")
                .at("DDDD ODOO", "organisationHiddenSlug");
        t.route("POST /organisations/{slug}/recommander")
                .at("LRRR RRRR", "organisationSlug")
                .at("LDDD RDRR", "organisationHiddenSlug");
        t.route("GET /organisations/{slug}/modifier")
                .at("LDDD DDOO", "organisationSlug")
                .at("LDDD DDOO", "organisationHiddenSlug");
        t.route("POST /organisations/{slug}/modifier")
                .at("LDDD DDRR", "organisationSlug")
                .at("LDDD DDRR", "organisationHiddenSlug");
        t.route("POST /organisations/{slug}/offres")
                .at("LDDD DDRR", "organisationSlug")
                .at("LDDD DDRR", "organisationHiddenSlug");
        t.route("POST /organisations/{slug}/offres/{dealId}/supprimer")
                .at("LDDD DDSD", "organisationSlug", "deal");
        t.route("GET /bons-plans").is("OOOO OOOO");
        t.route("GET /professionnels").is("LOOO OOOO")
                .at("LOOO OOOO", "?quartier=@neighbourhoodSlug");
        t.route("GET /professionnels/nouveau").is("LDOO OODD");
        t.route("POST /professionnels").is("LNRR RRDD");
        t.route("GET /professionnels/{id}")
                .at("LDOD ODOO", "professional");
        t.route("POST /professionnels/{id}/recommander")
                .at("LNRN RNRR", "professional");
        t.route("GET /admin/credits").is("LDDD DDOO");
        t.route("POST /admin/credits/{territoryId}")
                .at("LDDD DDSS", "territory");
        // what becomes of leavers' credits: refused without a choice
        t.route("POST /admin/credits/{territoryId}/leavers")
                .at("LDDD DDRR", "territory");
        t.route("GET /voisins/{id}")
                .at("LDOD ODOO", "alice")
                .at("LDOD ODOO", "unlisted");
        t.route("GET /voisins").is("LDOO OODD");
        t.route("GET /compte/profil").is("LOOO OOOO");
        t.route("POST /compte/profil").is("LSSS SSSS");
        t.route("GET /voisins/merci/{conversationId}")
                .at("LDOD DDDD", "conversation");
        t.route("POST /voisins/merci/{conversationId}")
                .at("LDRD DDDD", "conversation");
        t.route("GET /admin/besoins").is("LDDD DDOO");
        t.route("GET /admin/besoins/{id}")
                .at("LDDD DDOO", "suggestion");
        t.route("POST /admin/besoins/{id}/reponse")
                .at("LDDD DDRR", "suggestion");
        t.route("GET /besoins").is("LDOO OODD");
        t.route("GET /besoins/nouveau").is("LOOO OOOO");
        t.route("POST /besoins").is("LRRR RRRR");
        t.route("GET /besoins/{id}")
                .at("LDOD ODOO", "suggestion")
                // hidden: its author, the moderators of its neighbourhood and staff
                .at("LDDD ODOO", "suggestionHidden");
        t.route("POST /besoins/{id}/soutien")
                .at("LNSD SDDD", "suggestion")
                .at("LDDD DDDD", "suggestionHidden");
        // needs that become challenges: staff of the need's territory
        t.route("GET /admin/besoins/{id}/defi")
                .at("LDDD DDOO", "suggestion");
        t.route("POST /admin/besoins/{id}/defi")
                .at("LDDD DDRR", "suggestion");
        t.route("POST /admin/besoins/seuils/{territoryId}").at("LDDD DDDD", "=999999999");
        // polls: those they ask (the verified residents of A) and staff; staff open them
        t.route("GET /sondages").is("LOOO OOOO");
        t.route("GET /sondages/nouveau").is("LDDD DDOO");
        t.route("POST /sondages").is("LRRR RRRR");
        t.route("GET /sondages/{id}")
                .at("LDOD ODOO", "poll")
                .at("LDDD DDDD", "=999999999");
        // no choice ticked: refused; staff read it but are not asked
        t.route("POST /sondages/{id}/vote")
                .at("LDRD RDDD", "poll")
                .at("LDDD DDDD", "=999999999");
        t.route("GET /admin/sondages").is("LDDD DDOO");
        t.route("POST /admin/sondages/territoires/{territoryId}").at("LDDD DDDD", "=999999999");
        t.route("GET /admin/members").is("LDDD DDOO");
        t.route("POST /admin/members").is("LDDD DDRR");
        t.route("POST /admin/members/leavers/{memberNumber}/keep")
                .at("LDDD DDRR", "=NO-SUCH-MEMBER");
        t.route("GET /admin/verifications").is("LDDD DDOO");
        t.route("POST /admin/verifications/letters").is("LDDD DDVV");
        t.route("POST /admin/verifications/letters/sent").is("LDDD DDSS");
        t.route("GET /admin/verifications/{residentId}")
                .at("LDDD DDOO", "pending");
        t.route("POST /admin/verifications/{residentId}/verify")
                .at("LDDD DDSS", "pendingOther");
        t.route("POST /admin/verifications/{residentId}/flat")
                .at("LDDD DDSS", "pendingOther");
        t.route("POST /admin/verifications/{residentId}/reject")
                .at("LDDD DDRR", "pendingOther");
        t.route("GET /admin/verifications/audit").is("LDDD DDOO");
        t.route("GET /verification").is("LOOO OOOO");
        t.route("POST /verification/code").is("LRRR RRRR");
        t.route("GET /verification/vouch").is("LOOO OOOO");
        t.route("POST /verification/vouch/{residentId}")
                .at("LDVD VDDD", "pendingOther");
        t.route("GET /admin").is("LDDD DDOO");
        t.route("GET /error").is("EEEE EEEE");
        t.route("GET /").is("OOOO OOOO");
        t.route("GET /about").is("OOOO OOOO");
        t.route("GET /quartiers").is("OOOO OOOO");
        t.route("GET /quartiers/{slug}")
                .at("OOOO OOOO", "neighbourhoodSlug");
    }

    /**
     * The read API (issue 16): called with each person's personal token (no session), and with an application token
     * of territory A, which must get the anonymous column (404 for what is not of territory A). The same letters as the pages, but no sign-in redirect: a
     * caller without a token is answered 401 (D) where one is needed, 404 (D) for what they may not see.
     */
    private static void readApi(RouteAccessMatrixTests.Table t) {
        t.route("GET /api/v1/territories").is("OOOO OOOO");
        t.route("GET /api/v1/territories/{id}")
                .at("OOOO OOOO", "territory")
                // a members-only territory's name is public, as its sign-up page is (its description is not)
                .at("OOOO OOOO", "membersOnlyTerritory");
        // trends as on the page: a members-only territory's for its members and staff; a period not offered a 400
        t.route("GET /api/v1/territories/{id}/trends")
                .at("OOOO OOOO", "territory")
                .at("RRRR RRRR", "territory", "?months=7")
                .at("DDDD DDOO", "closedTerritory");
        t.route("GET /api/v1/neighbourhoods").is("OOOO OOOO");
        t.route("GET /api/v1/neighbourhoods/{id}")
                .at("OOOO OOOO", "neighbourhood")
                .at("OOOO OOOO", "membersOnlyNeighbourhood");
        t.route("GET /api/v1/challenges").is("OOOO OOOO");
        t.route("GET /api/v1/challenges/{id}")
                .at("OOOO OOOO", "challenge")
                .at("DDDD ODOO", "challengeHidden")
                .at("DDDD DDOO", "closedChallenge");
        t.route("GET /api/v1/actions").is("OOOO OOOO");
        t.route("GET /api/v1/actions/{id}")
                .at("OOOO OOOO", "publishedAction")
                // a proposal is staff's business, in the admin pages
                .at("DDDD DDDD", "action");
        t.route("GET /api/v1/initiatives").is("OOOO OOOO");
        t.route("GET /api/v1/initiatives/{id}")
                .at("OOOO OOOO", "initiative")
                .at("DDDD ODOO", "initiativeHidden")
                .at("DDDD DDOO", "closedInitiative");
        t.route("GET /api/v1/events").is("OOOO OOOO");
        t.route("GET /api/v1/events/{id}")
                .at("OOOO OOOO", "event")
                .at("DDOD ODOO", "eventMembers")
                .at("DDDD ODOO", "eventHidden")
                .at("DDDD DDOO", "closedEvent");
        t.route("GET /api/v1/announcements").is("OOOO OOOO");
        t.route("GET /api/v1/announcements/{id}")
                .at("DDOD ODOO", "announcement")
                .at("DDDD DDOO", "announcementHidden");
        t.route("GET /api/v1/organisations").is("OOOO OOOO");
        t.route("GET /api/v1/organisations/{id}")
                .at("OOOO OOOO", "organisation")
                .at("DDDD ODOO", "organisationHidden")
                .at("DDDD DDOO", "closedOrganisation");
        t.route("GET /api/v1/deals").is("OOOO OOOO");
        t.route("GET /api/v1/deals/{id}").at("OOOO OOOO", "deal");
        // for residents' personal tokens only: without a token 401, an application token 403
        t.route("GET /api/v1/listings").is("DOOO OOOO");
        t.route("GET /api/v1/listings/{id}")
                .at("DDOD ODOO", "listing")
                .at("DDDD ODOO", "listingHidden");
        t.route("GET /api/v1/needs").is("DOOO OOOO");
        t.route("GET /api/v1/needs/{id}")
                .at("DDOD ODOO", "suggestion")
                .at("DDDD ODOO", "suggestionHidden");
        t.route("GET /api/v1/alerts").is("DOOO OOOO");
        t.route("GET /api/v1/alerts/{id}")
                .at("DDOD ODOO", "alert")
                .at("DDDD ODOO", "alertHidden");
        // its documentation: the OpenAPI document and the page made from it
        t.route("GET /api-docs").is("OOOO OOOO");
        t.route("GET /v3/api-docs").is("OOOO OOOO");
        t.route("GET /v3/api-docs.yaml").is("OOOO OOOO");
        // tokens: a resident's own on the account page, partners' in the staff pages
        t.route("GET /account/api-tokens").is("LOOO OOOO");
        t.route("POST /account/api-tokens").is("LRRR RRRR");
        t.route("POST /account/api-tokens/{id}/revoke").at("LDDD DDDD", "=999999999");
        t.route("GET /admin/api-tokens").is("LDDD DDOO");
        t.route("POST /admin/api-tokens").is("LDDD DDRR");
        t.route("POST /admin/api-tokens/{id}/revoke")
                .at("LDDD DDDD", "=999999999")
                .at("LDDD DDSS", "apiTokenOfA");
    }
}
