package org.voisinage.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.voisinage.account.ResidentView;
import org.voisinage.announcement.Announcements;
import org.voisinage.challenge.Challenges;
import org.voisinage.initiative.InitiativeFeed;
import org.voisinage.initiative.InitiativeStatus;
import org.voisinage.initiative.InitiativeTheme;
import org.voisinage.neighbourhood.Neighbourhoods;

@Controller
class HomeController {

    private final Neighbourhoods neighbourhoods;
    private final Challenges challenges;
    private final Announcements announcements;
    private final InitiativeFeed initiatives;

    HomeController(Neighbourhoods neighbourhoods, Challenges challenges, Announcements announcements,
            InitiativeFeed initiatives) {
        this.neighbourhoods = neighbourhoods;
        this.challenges = challenges;
        this.announcements = announcements;
        this.initiatives = initiatives;
    }

    @GetMapping("/")
    String home(@RequestParam(required = false) InitiativeTheme theme,
            @RequestParam(required = false) InitiativeStatus status, Model model) {
        model.addAttribute("neighbourhoods", neighbourhoods.all());
        // the open challenges closest to their goal, of the viewer's neighbourhood and territory when signed in
        model.addAttribute("challenges", challenges.closestOpen((ResidentView) model.getAttribute("me"), 3));
        // the cooperative's news to the viewer's neighbourhood lead the page: pinned first, expired gone
        model.addAttribute("announcements", announcements.forResident((ResidentView) model.getAttribute("me"), 5));
        // a verified resident's initiatives "by projects and proximity", within the radius they chose
        ResidentView me = (ResidentView) model.getAttribute("me");
        if (me != null && me.verified() && me.neighbourhoodId() != null) {
            model.addAttribute("initiativeFeed", initiatives.feed(me.id(), theme, status));
            model.addAttribute("initiativeThemes", InitiativeTheme.values());
            model.addAttribute("initiativeStatuses", InitiativeStatus.values());
            model.addAttribute("initiativeRadii", java.util.List.of(1, 3, 10));
        }
        return "web/home";
    }

    @GetMapping("/about")
    String about() {
        return "web/about";
    }
}
