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
        model.addAttribute("trends", trends.of(slug));
        return "challenge/trends";
    }
}
