package org.voisinage.profile;

import org.voisinage.account.Residents;
import org.voisinage.account.Viewer;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.voisinage.account.CurrentUser;
import org.voisinage.neighbourhood.Neighbourhoods;

/** Staff switch time credits on or off per territory and read each territory's balances. */
@Controller
class CreditAdminController {

    private final TimeCredits credits;
    private final Neighbourhoods neighbourhoods;

    private final Residents residents;

    CreditAdminController(TimeCredits credits, Neighbourhoods neighbourhoods, Residents residents) {
        this.residents = residents;
        this.credits = credits;
        this.neighbourhoods = neighbourhoods;
    }

    @GetMapping("/admin/credits")
    String report(@AuthenticationPrincipal CurrentUser user, Model model) {
        Viewer staff = residents.viewer(user);
        model.addAttribute("reports", neighbourhoods.territories().stream().filter(t -> staff.staffOf(t.id()))
                .map(territory -> credits.report(territory.id())).toList());
        model.addAttribute("leaverChoices", LeaverCredits.values());
        return "profile/admin-credits";
    }

    /** What becomes of leavers' credits in the territory. */
    @PostMapping("/admin/credits/{territoryId}/leavers")
    String leaverCredits(@AuthenticationPrincipal CurrentUser user, @PathVariable long territoryId,
            @RequestParam(required = false) LeaverCredits leaverCredits, RedirectAttributes redirect) {
        if (leaverCredits == null) {
            redirect.addFlashAttribute("error", "profile.credits.leavers.choose");
            return "redirect:/admin/credits";
        }
        credits.setLeaverCredits(territoryId, leaverCredits, user.id());
        redirect.addFlashAttribute("success", "profile.credits.leavers.saved");
        return "redirect:/admin/credits";
    }

    @PostMapping("/admin/credits/{territoryId}")
    String switchCredits(@AuthenticationPrincipal CurrentUser user, @PathVariable long territoryId,
            @RequestParam(defaultValue = "false") boolean enabled, RedirectAttributes redirect) {
        credits.setEnabled(territoryId, enabled, user.id());
        redirect.addFlashAttribute("success", enabled ? "profile.credits.enabled" : "profile.credits.disabled");
        return "redirect:/admin/credits";
    }
}
