package org.voisinage.challenge;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
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
import org.voisinage.common.Refusal;
import org.voisinage.common.web.RefusalAdvice;
import org.voisinage.neighbourhood.Neighbourhoods;

/** Staff create and run challenges (open, paper pledges, the target's answer, the end, news) and decide on actions. */
@Controller
@RequestMapping("/admin/challenges")
class ChallengeAdminController {

    private static final String LIST = "challenge/admin/list";
    private static final String FORM = "challenge/admin/form";
    private static final String MANAGE = "challenge/admin/manage";
    private static final String ACTIONS = "challenge/admin/actions";

    private final Challenges challenges;
    private final Actions actions;
    private final Neighbourhoods neighbourhoods;

    ChallengeAdminController(Challenges challenges, Actions actions, Neighbourhoods neighbourhoods) {
        this.challenges = challenges;
        this.actions = actions;
        this.neighbourhoods = neighbourhoods;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("challenges", challenges.allForStaff());
        return LIST;
    }

    @GetMapping("/new")
    String newChallenge(Model model) {
        model.addAttribute("challengeForm", ChallengeForm.empty(challenges.today()));
        return form(null, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("challengeForm") ChallengeForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = challenges.create(form);
                redirect.addFlashAttribute("success", "challenge.created");
                return "redirect:/admin/challenges/" + id;
            } catch (Refusal e) {
                e.rejectOn(result);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(null, model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("challengeForm", challenges.form(id));
        return form(id, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("challengeForm") ChallengeForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        challenges.get(id);
        if (!result.hasErrors()) {
            try {
                challenges.update(id, form);
                redirect.addFlashAttribute("success", "challenge.saved");
                return "redirect:/admin/challenges/" + id;
            } catch (Refusal e) {
                e.rejectOn(result);
            } catch (OptimisticLockingFailureException e) {
                result.reject("challenge.stale");
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(id, model);
    }

    private String form(Long id, Model model) {
        model.addAttribute("challengeId", id);
        model.addAttribute("actions", actions.published());
        model.addAttribute("kinds", TargetKind.values());
        model.addAttribute("territories", neighbourhoods.territoriesWithNeighbourhoods());
        return FORM;
    }

    // Running a challenge

    @GetMapping("/{id}")
    String manage(@PathVariable long id, Model model) {
        return manage(id, model, (ResidentView) model.getAttribute("me"));
    }

    @PostMapping("/{id}/open")
    String open(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, null, model, response, redirect, "challenge.opened", () -> challenges.open(id));
    }

    @PostMapping("/{id}/offline")
    String offline(@PathVariable long id, @Valid @ModelAttribute("offlinePledgeForm") OfflinePledgeForm form,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(id, result, model, response, redirect, "challenge.offline.added",
                () -> challenges.addOffline(id, form, user.id()));
    }

    @PostMapping("/{id}/answer")
    String answer(@PathVariable long id, @Valid @ModelAttribute("answerForm") AnswerForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, result, model, response, redirect, "challenge.answer.recorded", () -> challenges.answer(id, form));
    }

    @PostMapping("/{id}/conclusion")
    String conclude(@PathVariable long id, @Valid @ModelAttribute("conclusionForm") ConclusionForm form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, result, model, response, redirect, "challenge.concluded", () -> challenges.conclude(id, form));
    }

    @PostMapping("/{id}/updates")
    String postUpdate(@PathVariable long id, @Valid @ModelAttribute("updateForm") UpdateForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, result, model, response, redirect, "challenge.update.posted", () -> challenges.postUpdate(id, form));
    }

    /**
     * A staff action on a challenge: on success back to its page with a flash; on a form error or a refusal, the
     * page again (what was typed kept) with a 4xx.
     */
    private String act(long id, BindingResult result, Model model, HttpServletResponse response,
            RedirectAttributes redirect, String successKey, Runnable action) {
        if (result != null && result.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return manage(id, model);
        }
        try {
            action.run();
        } catch (Refusal e) {
            if (e.kind() != Refusal.Kind.INVALID) {
                return refused(id, e, model, response);
            }
            // a form value the service alone could judge: shown on its field
            e.rejectOn(result);
            response.setStatus(RefusalAdvice.status(e));
            return manage(id, model);
        }
        redirect.addFlashAttribute("success", successKey);
        return "redirect:/admin/challenges/" + id;
    }

    private String refused(long id, Refusal e, Model model, HttpServletResponse response) {
        response.setStatus(RefusalAdvice.status(e));
        model.addAttribute("refusal", e.code());
        return manage(id, model);
    }

    private String manage(long id, Model model, ResidentView me) {
        model.addAttribute("challenge", challenges.page(id, me));
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

    // Actions

    @GetMapping("/actions")
    String actions(Model model) {
        return actionsPage(model);
    }

    @PostMapping("/actions")
    String createAction(@Valid @ModelAttribute("actionForm") ActionForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return actionsPage(model);
        }
        actions.createPublished(form);
        redirect.addFlashAttribute("success", "challenge.action.created");
        return "redirect:/admin/challenges/actions";
    }

    @PostMapping("/actions/{actionId}/decision")
    String decide(@PathVariable long actionId, @Valid @ModelAttribute("decisionForm") ActionDecisionForm form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                actions.decide(actionId, form);
                redirect.addFlashAttribute("success", "challenge.action.decided");
                return "redirect:/admin/challenges/actions";
            } catch (Refusal e) {
                e.rejectOn(result);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("decidedId", actionId);
        return actionsPage(model);
    }

    private String actionsPage(Model model) {
        model.addAttribute("proposed", actions.proposed());
        model.addAttribute("published", actions.published());
        model.addAttribute("themes", Theme.values());
        if (!model.containsAttribute("actionForm")) {
            model.addAttribute("actionForm", ActionForm.empty());
        }
        if (!model.containsAttribute("decisionForm")) {
            model.addAttribute("decisionForm", new ActionDecisionForm(null, null, ""));
        }
        return ACTIONS;
    }
}
