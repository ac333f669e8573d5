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
import org.voisinage.common.Paging;

/** Staff read residents' needs, most supported first, and answer them with a status and a message. */
@Controller
@RequestMapping("/admin/besoins")
class SuggestionAdminController {

    private final Suggestions suggestions;

    SuggestionAdminController(Suggestions suggestions) {
        this.suggestions = suggestions;
    }

    @GetMapping
    String list(@RequestParam(required = false) SuggestionStatus status, @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("page", suggestions.forStaff(user.id(), status, Paging.page(page, 50)));
        model.addAttribute("statuses", SuggestionStatus.values());
        model.addAttribute("status", status);
        return "suggestion/admin/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
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
        model.addAttribute("need", suggestions.page(id, (ResidentView) model.getAttribute("me")));
        model.addAttribute("answers", SuggestionStatus.answers());
        return "suggestion/admin/show";
    }
}
