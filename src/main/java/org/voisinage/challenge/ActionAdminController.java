package org.voisinage.challenge;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.voisinage.common.Refusal;

/** Staff keep the catalogue of actions challenges ask for: they publish one, or decide on residents' proposals. */
@Controller
@RequestMapping("/admin/challenges/actions")
class ActionAdminController {

    private final Actions actions;

    ActionAdminController(Actions actions) {
        this.actions = actions;
    }

    @GetMapping
    String actions(Model model) {
        return actionsPage(model);
    }

    @PostMapping
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

    @PostMapping("/{actionId}/decision")
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
        return "challenge/admin/actions";
    }
}
