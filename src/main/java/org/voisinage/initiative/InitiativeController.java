package org.voisinage.initiative;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.voisinage.account.CurrentUser;

/**
 * An initiative's page (public parts for anyone, the members-only parts for verified neighbours) and its status,
 * which its organisers move on. The actions on the page have their own controllers; all come back through
 * {@link InitiativePageView}.
 */
@Controller
class InitiativeController {

    private final Initiatives initiatives;
    private final InitiativePageView page;

    InitiativeController(Initiatives initiatives, InitiativePageView page) {
        this.initiatives = initiatives;
        this.page = page;
    }

    @GetMapping("/initiatives/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return page.show(id, user, model);
    }

    @PostMapping("/initiatives/{id}/statut")
    String status(@PathVariable long id, @Valid @ModelAttribute("statusForm") StatusForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return page.act(id, result, user, model, response, redirect, "initiative.status.changed",
                () -> initiatives.changeStatus(id, user.id(), form));
    }
}
