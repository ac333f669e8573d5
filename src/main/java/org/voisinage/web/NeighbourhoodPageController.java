package org.voisinage.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.voisinage.account.ResidentView;
import org.voisinage.account.Residents;
import org.voisinage.neighbourhood.NeighbourhoodSummary;
import org.voisinage.neighbourhood.Neighbourhoods;

/**
 * A neighbourhood's page. Anyone sees its name, description and member count; only its verified members
 * (and staff) see the members-only part.
 */
@Controller
class NeighbourhoodPageController {

    private final Neighbourhoods neighbourhoods;
    private final Residents residents;

    NeighbourhoodPageController(Neighbourhoods neighbourhoods, Residents residents) {
        this.neighbourhoods = neighbourhoods;
        this.residents = residents;
    }

    @GetMapping("/quartiers/{slug}")
    String show(@PathVariable String slug, Model model) {
        NeighbourhoodSummary neighbourhood = neighbourhoods.getBySlug(slug);
        ResidentView me = (ResidentView) model.getAttribute("me");
        boolean member = me != null && me.isMemberOf(neighbourhood.id());
        model.addAttribute("neighbourhood", neighbourhood);
        model.addAttribute("memberCount", residents.countMembers(neighbourhood.id()));
        model.addAttribute("member", member);
        if (member) {
            model.addAttribute("members", residents.members(neighbourhood.id()));
        }
        return "web/neighbourhood";
    }
}
