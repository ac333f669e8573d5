package org.voisinage.challenge;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
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
import org.voisinage.neighbourhood.Neighbourhoods;

/** Staff write challenges: a new one, and editing one. Refusals go back on the form's fields, with a 400. */
@Controller
@RequestMapping("/admin/challenges")
class ChallengeEditController {

    private final ChallengeEditing editing;
    private final Actions actions;
    private final Neighbourhoods neighbourhoods;

    ChallengeEditController(ChallengeEditing editing, Actions actions, Neighbourhoods neighbourhoods) {
        this.editing = editing;
        this.actions = actions;
        this.neighbourhoods = neighbourhoods;
    }

    @GetMapping("/new")
    String newChallenge(Model model) {
        model.addAttribute("challengeForm", editing.blankForm());
        return form(null, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("challengeForm") ChallengeForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = editing.create(form);
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
        model.addAttribute("challengeForm", editing.form(id));
        return form(id, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("challengeForm") ChallengeForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        editing.requireExisting(id);
        if (!result.hasErrors()) {
            try {
                editing.update(id, form);
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
        return "challenge/admin/form";
    }
}
