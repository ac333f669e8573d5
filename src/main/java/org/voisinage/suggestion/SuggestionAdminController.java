package org.voisinage.suggestion;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.voisinage.account.CurrentUser;
import org.voisinage.account.ResidentView;
import org.voisinage.account.Residents;
import org.voisinage.account.Viewer;
import org.voisinage.challenge.Actions;
import org.voisinage.challenge.ChallengeForm;
import org.voisinage.challenge.TargetKind;
import org.voisinage.common.web.PageActions;
import org.voisinage.common.Paging;

/** Staff read residents' needs, most supported first, and answer them with a status and a message. */
@Controller
@RequestMapping("/admin/besoins")
class SuggestionAdminController {

    private final Suggestions suggestions;
    private final NeedChallenges needChallenges;
    private final Actions actions;
    private final Residents residents;

    SuggestionAdminController(Suggestions suggestions, NeedChallenges needChallenges, Actions actions,
            Residents residents) {
        this.suggestions = suggestions;
        this.needChallenges = needChallenges;
        this.actions = actions;
        this.residents = residents;
    }

    @GetMapping
    String list(@RequestParam(required = false) SuggestionStatus status, @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("page", suggestions.forStaff(user.id(), status, Paging.page(page, 50)));
        model.addAttribute("statuses", SuggestionStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("thresholds", needChallenges.thresholds(residents.viewer(user)));
        return "suggestion/admin/list";
    }

    /** Staff of its territory set how many supports a need needs before they may turn it into a challenge. */
    @PostMapping("/seuils/{territoryId}")
    String threshold(@PathVariable long territoryId, @RequestParam(required = false) Integer supports,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        needChallenges.setThreshold(residents.viewer(user), territoryId, supports);
        redirect.addFlashAttribute("success", "suggestion.flash.thresholdSaved");
        return "redirect:/admin/besoins";
    }

    /** The challenge's form for a need, when it may become one (else the need's page says why). */
    @GetMapping("/{id}/defi")
    String challengeForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        Viewer viewer = residents.viewer(user);
        model.addAttribute("challengeForm", needChallenges.form(id, viewer));
        return challengePage(id, viewer, model);
    }

    @PostMapping("/{id}/defi")
    String turn(@PathVariable long id, @Valid @ModelAttribute("challengeForm") ChallengeForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Viewer viewer = residents.viewer(user);
        return PageActions.run(result, model, response, redirect, "suggestion.flash.challenge",
                () -> "redirect:/defis/" + needChallenges.turn(id, viewer, form), () -> challengePage(id, viewer, model));
    }

    /** The challenges' own form, for a need: its scope and opening date fixed (the need's neighbourhood, today). */
    private String challengePage(long id, Viewer viewer, Model model) {
        String refusal = needChallenges.refusal(id, viewer);
        if (refusal != null && !model.containsAttribute("refusal")) {
            model.addAttribute("refusal", refusal);
        }
        model.addAttribute("need", suggestions.page(id, (ResidentView) model.getAttribute("me")));
        model.addAttribute("needId", id);
        model.addAttribute("challengeId", null);
        model.addAttribute("actions", actions.published());
        model.addAttribute("kinds", TargetKind.values());
        model.addAttribute("territories", java.util.List.of());
        return "challenge/admin/form";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("answerForm", AnswerForm.empty());
        return page(id, model);
    }

    @PostMapping("/{id}/reponse")
    String answer(@PathVariable long id, @Valid @ModelAttribute("answerForm") AnswerForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(id, model);
        }
        suggestions.answer(id, user.id(), form);
        redirect.addFlashAttribute("success", "suggestion.flash.answered");
        return "redirect:/admin/besoins/" + id;
    }

    private String page(long id, Model model) {
        ResidentView me = (ResidentView) model.getAttribute("me");
        model.addAttribute("need", suggestions.page(id, me));
        model.addAttribute("challengeRefusal", needChallenges.refusal(id, residents.viewer(me == null ? null : me.id())));
        model.addAttribute("answers", SuggestionStatus.answers());
        return "suggestion/admin/show";
    }
}
