package org.voisinage.initiative;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.voisinage.account.CurrentUser;
import org.voisinage.common.Refusal;

/** Joining and leaving an initiative, naming co-organisers. */
@Controller
class InitiativeMemberController {

    private final InitiativeMembers members;
    private final InitiativePageView page;

    InitiativeMemberController(InitiativeMembers members, InitiativePageView page) {
        this.members = members;
        this.page = page;
    }

    @PostMapping("/initiatives/{id}/rejoindre")
    String join(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return page.act(id, null, user, model, response, redirect, "initiative.joined", () -> {
            try {
                members.join(id, user.id());
            } catch (DataIntegrityViolationException e) {
                // two clicks at once: the unique key said no to the second
                throw Refusal.conflict("initiative.join.already");
            }
        });
    }

    @PostMapping("/initiatives/{id}/quitter")
    String leave(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return page.act(id, null, user, model, response, redirect, "initiative.left",
                () -> members.leave(id, user.id()));
    }

    @PostMapping("/initiatives/{id}/coorganisateurs")
    String coOrganiser(@PathVariable long id, @RequestParam(defaultValue = "0") long memberId,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return page.act(id, null, user, model, response, redirect, "initiative.coOrganiser.named",
                () -> members.nameCoOrganiser(id, user.id(), memberId));
    }
}
