package org.voisinage.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.voisinage.account.Residents;
import org.voisinage.neighbourhood.Neighbourhoods;

/** The staff home: what waits for them, with links to each queue. */
@Controller
class AdminDashboardController {

    private final Residents residents;
    private final Neighbourhoods neighbourhoods;

    AdminDashboardController(Residents residents, Neighbourhoods neighbourhoods) {
        this.residents = residents;
        this.neighbourhoods = neighbourhoods;
    }

    @GetMapping("/admin")
    String dashboard(Model model) {
        model.addAttribute("stats", residents.stats());
        model.addAttribute("neighbourhoodCount", neighbourhoods.all().size());
        return "web/admin-dashboard";
    }
}
