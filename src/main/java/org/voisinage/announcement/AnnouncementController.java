package org.voisinage.announcement;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.voisinage.account.ResidentView;

/** Residents read their neighbourhood's announcements and choose how they hear of new ones. */
@Controller
class AnnouncementController {

    private final Announcements announcements;

    AnnouncementController(Announcements announcements) {
        this.announcements = announcements;
    }

    @GetMapping("/annonces")
    String list(Model model) {
        ResidentView me = (ResidentView) model.getAttribute("me");
        model.addAttribute("announcements", announcements.forResident(me, 50));
        if (me != null && me.neighbourhoodId() != null) {
            model.addAttribute("topic", Announcements.topic(me.neighbourhoodId()));
        }
        return "announcement/list";
    }

    @GetMapping("/annonces/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("announcement", announcements.get(id, (ResidentView) model.getAttribute("me")));
        return "announcement/show";
    }
}
