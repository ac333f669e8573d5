package org.voisinage.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.voisinage.neighbourhood.Neighbourhoods;

@Controller
class HomeController {

    private final Neighbourhoods neighbourhoods;

    HomeController(Neighbourhoods neighbourhoods) {
        this.neighbourhoods = neighbourhoods;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("neighbourhoods", neighbourhoods.all());
        return "web/home";
    }

    @GetMapping("/about")
    String about() {
        return "web/about";
    }
}
