package org.voisinage.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.voisinage.common.Paging;

@Controller
class AccountController {

    private final Residents residents;
    private final WaitlistRepository waitlist;

    AccountController(Residents residents, WaitlistRepository waitlist) {
        this.residents = residents;
        this.waitlist = waitlist;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("details", residents.details(user.id()).orElseThrow());
        return "account/account";
    }

    /** Staff: how many people wait for a neighbourhood, per commune and postcode, and who. */
    @GetMapping("/admin/waitlist")
    String waitlist(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("demand", waitlist.demandByTownAndPostcode());
        model.addAttribute("entries", waitlist.findAllByOrderByCreatedAtDesc(Paging.page(page, 50)));
        return "account/admin-waitlist";
    }
}
