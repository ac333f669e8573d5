package org.voisinage.moderation;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.voisinage.account.CurrentUser;
import org.voisinage.common.Paging;
import org.voisinage.common.Refusal;
import org.voisinage.common.web.RefusalAdvice;

/**
 * The moderation queue ({@code /moderation}, moderators and staff only): open cases of the moderator's
 * neighbourhoods, highest score first, and appeals; a case's page with its decision form.
 */
@Controller
@RequestMapping("/moderation")
class ModerationController {

    static final int PAGE_SIZE = 20;

    private final Moderation moderation;

    ModerationController(Moderation moderation) {
        this.moderation = moderation;
    }

    @GetMapping
    String queue(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long neighbourhood,
            @RequestParam(defaultValue = "0") int page, Model model) {
        ModeratorScope scope = moderation.scopeOf(user.id());
        model.addAttribute("scope", scope);
        model.addAttribute("neighbourhood", neighbourhood);
        model.addAttribute("cases", moderation.queue(scope, neighbourhood, Paging.page(page, PAGE_SIZE)));
        model.addAttribute("appeals", moderation.openAppeals(scope));
        model.addAttribute("threshold", moderation.autoHideThreshold());
        return "moderation/queue";
    }

    @GetMapping("/cases/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        ModerationViews.CaseView view = moderation.view(moderation.scopeOf(user.id()), id);
        model.addAttribute("decision", DecisionForm.of(view.version()));
        return page(view, model);
    }

    @PostMapping("/cases/{id}")
    String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @ModelAttribute("decision") DecisionForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        ModeratorScope scope = moderation.scopeOf(user.id());
        ModerationViews.CaseView view = moderation.view(scope, id);
        if (result.hasErrors()) {
            return page(view, model);
        }
        try {
            moderation.decide(scope, id, form);
        } catch (Refusal e) {
            if (e.kind() == Refusal.Kind.CONFLICT) {
                // another moderator acted first (the version moved, or the case is decided): nothing was done
                redirect.addFlashAttribute("error", e.code());
                return "redirect:/moderation/cases/" + id;
            }
            // a sanction beyond the moderator's rights answers 403; a decision missing a field re-renders as it was
            if (e.kind() == Refusal.Kind.FORBIDDEN) {
                response.setStatus(RefusalAdvice.status(e));
            }
            e.rejectOn(result);
            return page(view, model);
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("error", Moderation.CASE_CHANGED);
            return "redirect:/moderation/cases/" + id;
        }
        redirect.addFlashAttribute("success", "moderation.decision.done");
        return "redirect:/moderation";
    }

    @PostMapping("/appeals/{id}")
    String answer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @ModelAttribute("answer") AppealAnswerForm form, BindingResult result,
            RedirectAttributes redirect) {
        ModeratorScope scope = moderation.scopeOf(user.id());
        moderation.appeal(scope, id);
        if (result.hasErrors()) {
            redirect.addFlashAttribute("error", "moderation.appeal.answer.invalid");
            return "redirect:/moderation";
        }
        try {
            moderation.answer(scope, id, form);
            redirect.addFlashAttribute("success", "moderation.appeal.answered");
        } catch (Refusal | OptimisticLockingFailureException caseChanged) {
            redirect.addFlashAttribute("error", Moderation.CASE_CHANGED);
        }
        return "redirect:/moderation";
    }

    private String page(ModerationViews.CaseView view, Model model) {
        model.addAttribute("item", view);
        model.addAttribute("decisions", Decision.values());
        model.addAttribute("reasons", ReportReason.values());
        return "moderation/case";
    }
}
