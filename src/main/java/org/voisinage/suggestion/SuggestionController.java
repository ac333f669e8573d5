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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.voisinage.account.CurrentUser;
import org.voisinage.account.ResidentView;
import org.voisinage.common.Paging;
import org.voisinage.common.Refusal;
import org.voisinage.common.web.RefusalAdvice;

/** Residents' needs ("besoins"): a neighbourhood's list, a need's page, raising one, supporting one. */
@Controller
class SuggestionController {

    private static final int PAGE_SIZE = 20;

    private final Suggestions suggestions;

    SuggestionController(Suggestions suggestions) {
        this.suggestions = suggestions;
    }

    /** The viewer's neighbourhood's needs (staff choose one with {@code neighbourhood}). */
    @GetMapping("/besoins")
    String list(@RequestParam(required = false) Long neighbourhood, @RequestParam(required = false) SuggestionStatus status,
            @RequestParam(defaultValue = "SUPPORT") Suggestions.Sort sort, @RequestParam(defaultValue = "0") int page,
            Model model) {
        ResidentView me = (ResidentView) model.getAttribute("me");
        Long neighbourhoodId = neighbourhood != null ? neighbourhood : me == null ? null : me.neighbourhoodId();
        if (neighbourhoodId == null) {
            throw Refusal.forbidden("suggestion.refused.membersOnly");
        }
        model.addAttribute("page", suggestions.list(me, neighbourhoodId, status, sort, Paging.page(page, PAGE_SIZE)));
        model.addAttribute("neighbourhoodId", neighbourhoodId);
        model.addAttribute("statuses", SuggestionStatus.values());
        model.addAttribute("sorts", Suggestions.Sort.values());
        model.addAttribute("status", status);
        model.addAttribute("sort", sort);
        model.addAttribute("canRaise", me.verified() && neighbourhoodId.equals(me.neighbourhoodId()));
        return "suggestion/list";
    }

    @GetMapping("/besoins/nouveau")
    String create(Model model) {
        model.addAttribute("suggestionForm", SuggestionForm.empty());
        model.addAttribute("categories", SuggestionCategory.values());
        return "suggestion/form";
    }

    @PostMapping("/besoins")
    String raise(@Valid @ModelAttribute("suggestionForm") SuggestionForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = suggestions.raise(user.id(), form);
                redirect.addFlashAttribute("success", "suggestion.flash.raised");
                return "redirect:/besoins/" + id;
            } catch (Refusal e) {
                result.reject(e.code());
                response.setStatus(RefusalAdvice.status(e));
            }
        } else {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("categories", SuggestionCategory.values());
        return "suggestion/form";
    }

    @GetMapping("/besoins/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("need", suggestions.page(id, (ResidentView) model.getAttribute("me")));
        return "suggestion/show";
    }

    @PostMapping("/besoins/{id}/soutien")
    String support(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        suggestions.support(id, user.id());
        redirect.addFlashAttribute("success", "suggestion.flash.supported");
        return "redirect:/besoins/" + id;
    }
}
