package org.voisinage.challenge;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A territory's public trends: what its residents are ready to do. */
@Controller
class TrendController {

    private final ChallengeTrends trends;

    TrendController(ChallengeTrends trends) {
        this.trends = trends;
    }

    @GetMapping("/territoires/{slug}/tendances")
    String trends(@PathVariable String slug, Model model) {
        org.voisinage.account.ResidentView me = (org.voisinage.account.ResidentView) model.getAttribute("me");
        model.addAttribute("trends", trends.of(slug, me == null ? null : me.id()));
        return "challenge/trends";
    }
}
