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
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.voisinage.account.CurrentUser;
import org.voisinage.account.Residents;
import org.voisinage.account.Viewer;
import org.voisinage.common.Refusal;
import org.voisinage.neighbourhood.Neighbourhoods;

/** Staff write challenges: a new one, and editing one. Refusals go back on the form's fields, with a 400. */
@Controller
@RequestMapping("/admin/challenges")
class ChallengeEditController {

    private final ChallengeEditing editing;
    private final Actions actions;
    private final Neighbourhoods neighbourhoods;
    private final Residents residents;

    ChallengeEditController(ChallengeEditing editing, Actions actions, Neighbourhoods neighbourhoods,
            Residents residents) {
        this.editing = editing;
        this.actions = actions;
        this.neighbourhoods = neighbourhoods;
        this.residents = residents;
    }

    @GetMapping("/new")
    String newChallenge(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("challengeForm", editing.blankForm());
        return form(null, user, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("challengeForm") ChallengeForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = editing.create(form, residents.viewer(user));
                redirect.addFlashAttribute("success", "challenge.created");
                return "redirect:/admin/challenges/" + id;
            } catch (Refusal e) {
                e.rejectOn(result);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(null, user, model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("challengeForm", editing.form(id));
        return form(id, user, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("challengeForm") ChallengeForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        editing.requireExisting(id);
        if (!result.hasErrors()) {
            try {
                editing.update(id, form, residents.viewer(user));
                redirect.addFlashAttribute("success", "challenge.saved");
                return "redirect:/admin/challenges/" + id;
            } catch (Refusal e) {
                e.rejectOn(result);
            } catch (OptimisticLockingFailureException e) {
                result.reject("challenge.stale");
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(id, user, model);
    }

    private String form(Long id, CurrentUser user, Model model) {
        model.addAttribute("challengeId", id);
        model.addAttribute("actions", actions.published());
        model.addAttribute("kinds", TargetKind.values());
        Viewer staff = residents.viewer(user);
        model.addAttribute("territories", neighbourhoods.territoriesWithNeighbourhoods(staff::staffOf));
        return "challenge/admin/form";
    }
}
