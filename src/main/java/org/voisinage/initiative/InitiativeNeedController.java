package org.voisinage.initiative;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.voisinage.account.CurrentUser;

/** An initiative's needs and the offers that fill them. */
@Controller
class InitiativeNeedController {

    private final InitiativeNeeds needs;
    private final InitiativePageView page;

    InitiativeNeedController(InitiativeNeeds needs, InitiativePageView page) {
        this.needs = needs;
        this.page = page;
    }

    @PostMapping("/initiatives/{id}/besoins")
    String addNeed(@PathVariable long id, @Valid @ModelAttribute("needForm") NeedForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return page.act(id, result, user, model, response, redirect, "initiative.need.added",
                () -> needs.addNeed(id, user.id(), form));
    }

    @PostMapping("/initiatives/{id}/besoins/{needId}/offres")
    String offer(@PathVariable long id, @PathVariable long needId, @Valid @ModelAttribute("offerForm") OfferForm form,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        model.addAttribute("offerNeedId", needId);
        if (result.hasErrors()) {
            // one offer form per need: the error is shown on the one that was sent
            // the error itself, translated by the page: a quantity that is no number has no default message to show
            model.addAttribute("offerError", result.getAllErrors().get(0));
        }
        return page.act(id, result, user, model, response, redirect, "initiative.offer.sent",
                () -> needs.offer(id, needId, user.id(), form));
    }

    @PostMapping("/initiatives/{id}/offres/{offerId}/accepter")
    String accept(@PathVariable long id, @PathVariable long offerId, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return page.act(id, null, user, model, response, redirect, "initiative.offer.accepted",
                () -> needs.decideOffer(id, offerId, user.id(), true));
    }

    @PostMapping("/initiatives/{id}/offres/{offerId}/refuser")
    String decline(@PathVariable long id, @PathVariable long offerId, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return page.act(id, null, user, model, response, redirect, "initiative.offer.declined",
                () -> needs.decideOffer(id, offerId, user.id(), false));
    }
}
