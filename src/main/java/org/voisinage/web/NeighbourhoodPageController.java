package org.voisinage.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.voisinage.account.ResidentView;
import org.voisinage.account.Residents;
import org.voisinage.account.Viewer;
import org.voisinage.alert.Alerts;
import org.voisinage.feed.FeedLink;
import org.voisinage.neighbourhood.NeighbourhoodSummary;
import org.voisinage.neighbourhood.Neighbourhoods;
import org.voisinage.neighbourhood.TerritoryWithNeighbourhoods;
import org.voisinage.poll.Polls;
import org.voisinage.profile.Profiles;

/**
 * The neighbourhoods' public pages. On a neighbourhood's page anyone sees its name, description, perimeter
 * and member count; only its verified members
 * (and staff) see the members-only part, whose list of neighbours holds only those who chose to be listed.
 */
@Controller
class NeighbourhoodPageController {

    private final Neighbourhoods neighbourhoods;
    private final Residents residents;
    private final Alerts alerts;
    private final Profiles profiles;
    private final Polls polls;

    NeighbourhoodPageController(Neighbourhoods neighbourhoods, Residents residents, Alerts alerts, Profiles profiles,
            Polls polls) {
        this.neighbourhoods = neighbourhoods;
        this.residents = residents;
        this.alerts = alerts;
        this.profiles = profiles;
        this.polls = polls;
    }

    /** Every territory and its neighbourhoods, for anyone. */
    @GetMapping("/quartiers")
    String list(Model model) {
        List<TerritoryWithNeighbourhoods> territories = neighbourhoods.territoriesWithNeighbourhoods();
        model.addAttribute("territories", territories);
        model.addAttribute("feedLinks", territories.stream().flatMap(t -> FeedLink.of(t.territory()).stream()).toList());
        return "web/neighbourhoods";
    }

    @GetMapping("/quartiers/{slug}")
    String show(@PathVariable String slug, Model model) {
        NeighbourhoodSummary neighbourhood = neighbourhoods.getBySlug(slug);
        ResidentView me = (ResidentView) model.getAttribute("me");
        boolean member = me != null && residents.viewer(me.id()).isMemberOf(neighbourhood.id());
        model.addAttribute("neighbourhood", neighbourhood);
        model.addAttribute("feedLinks", FeedLink.of(neighbourhood).stream().toList());
        model.addAttribute("memberCount", residents.countMembers(neighbourhood.id()));
        model.addAttribute("member", member);
        model.addAttribute("preview", neighbourhoods.perimeterPreview(neighbourhood.id()).orElse(null));
        if (member) {
            // the directory's choice (not listed by default) holds here too; the count above counts everyone
            model.addAttribute("members", profiles.listedMembers(neighbourhood.id()));
        }
        // current alerts lead the page, for its members only (empty for anyone else)
        model.addAttribute("alerts", alerts.current(neighbourhood.id(), me));
        // its polls and its territory's, for those they ask (and its staff, who may open one here)
        Viewer viewer = residents.viewer(me == null ? null : me.id());
        model.addAttribute("polls", polls.ofNeighbourhood(viewer, neighbourhood.id()));
        model.addAttribute("openPollHref", viewer.staffOfNeighbourhood(neighbourhood.id())
                ? "/sondages/nouveau?portee=n-" + neighbourhood.id() : null);
        return "web/neighbourhood";
    }
}
