package org.voisinage.challenge;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.voisinage.account.CurrentUser;
import org.voisinage.account.ResidentView;
import org.voisinage.common.web.PageActions;

/**
 * Staff run challenges: the list, a challenge's management page, opening it, paper pledges, the target's answer,
 * the end and news. Writing challenges: {@link ChallengeEditController}; actions: {@link ActionAdminController}.
 */
@Controller
@RequestMapping("/admin/challenges")
class ChallengeAdminController {

    private static final String MANAGE = "challenge/admin/manage";

    private final Challenges challenges;
    private final ChallengeLifecycle lifecycle;
    private final ChallengePledges pledges;

    ChallengeAdminController(Challenges challenges, ChallengeLifecycle lifecycle, ChallengePledges pledges) {
        this.challenges = challenges;
        this.lifecycle = lifecycle;
        this.pledges = pledges;
    }

    @GetMapping
    String list(@org.springframework.security.core.annotation.AuthenticationPrincipal
            org.voisinage.account.CurrentUser user, Model model) {
        model.addAttribute("challenges", challenges.allForStaff(user.id()));
        return "challenge/admin/list";
    }

    @GetMapping("/{id}")
    String manage(@PathVariable long id, Model model) {
        model.addAttribute("challenge", challenges.page(id, (ResidentView) model.getAttribute("me")));
        if (!model.containsAttribute("offlinePledgeForm")) {
            model.addAttribute("offlinePledgeForm", OfflinePledgeForm.empty());
        }
        if (!model.containsAttribute("answerForm")) {
            model.addAttribute("answerForm", AnswerForm.empty());
        }
        if (!model.containsAttribute("conclusionForm")) {
            model.addAttribute("conclusionForm", ConclusionForm.empty());
        }
        if (!model.containsAttribute("updateForm")) {
            model.addAttribute("updateForm", UpdateForm.empty());
        }
        return MANAGE;
    }

    @PostMapping("/{id}/open")
    String open(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, null, model, response, redirect, "challenge.opened", () -> lifecycle.open(id));
    }

    @PostMapping("/{id}/offline")
    String offline(@PathVariable long id, @Valid @ModelAttribute("offlinePledgeForm") OfflinePledgeForm form,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(id, result, model, response, redirect, "challenge.offline.added",
                () -> pledges.addOffline(id, form, user.id()));
    }

    @PostMapping("/{id}/answer")
    String answer(@PathVariable long id, @Valid @ModelAttribute("answerForm") AnswerForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, result, model, response, redirect, "challenge.answer.recorded", () -> lifecycle.answer(id, form));
    }

    @PostMapping("/{id}/conclusion")
    String conclude(@PathVariable long id, @Valid @ModelAttribute("conclusionForm") ConclusionForm form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, result, model, response, redirect, "challenge.concluded",
                () -> lifecycle.conclude(id, form.conclusion()));
    }

    @PostMapping("/{id}/updates")
    String postUpdate(@PathVariable long id, @Valid @ModelAttribute("updateForm") UpdateForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, result, model, response, redirect, "challenge.update.posted", () -> lifecycle.postUpdate(id, form));
    }

    /** A staff action on a challenge, then back to its page; see {@link PageActions}. */
    private String act(long id, BindingResult result, Model model, HttpServletResponse response,
            RedirectAttributes redirect, String successKey, Runnable action) {
        return PageActions.run(result, model, response, redirect, successKey, () -> {
            action.run();
            return "redirect:/admin/challenges/" + id;
        }, () -> manage(id, model));
    }
}
