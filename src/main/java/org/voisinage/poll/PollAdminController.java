package org.voisinage.poll;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.voisinage.account.CurrentUser;
import org.voisinage.account.Residents;
import org.voisinage.account.Viewer;

/** Staff: the polls of their territories, and each territory's rule on organisers opening polls. */
@Controller
@RequestMapping("/admin/sondages")
class PollAdminController {

    private final Polls polls;
    private final PollRules rules;
    private final Residents residents;

    PollAdminController(Polls polls, PollRules rules, Residents residents) {
        this.polls = polls;
        this.rules = rules;
        this.residents = residents;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        Viewer viewer = residents.viewer(user);
        model.addAttribute("polls", polls.forViewer(viewer));
        model.addAttribute("rules", rules.of(viewer));
        return "poll/admin";
    }

    @PostMapping("/territoires/{territoryId}")
    String rule(@PathVariable long territoryId, @RequestParam(defaultValue = "false") boolean organisersMayOpen,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        rules.set(residents.viewer(user), territoryId, organisersMayOpen);
        redirect.addFlashAttribute("success", "poll.flash.ruleSaved");
        return "redirect:/admin/sondages";
    }
}
