package org.voisinage.initiative;

import java.util.List;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.voisinage.account.CurrentUser;
import org.voisinage.common.Paging;
import org.voisinage.common.Refusal;
import org.voisinage.common.web.RefusalAdvice;

/** The public list of initiatives with search and filters, the home feed's radius, and proposing an initiative. */
@Controller
class InitiativeListController {

    private static final int PAGE_SIZE = 12;

    private final InitiativeFeed feed;
    private final Initiatives initiatives;

    InitiativeListController(InitiativeFeed feed, Initiatives initiatives) {
        this.feed = feed;
        this.initiatives = initiatives;
    }

    @GetMapping("/initiatives")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) InitiativeTheme theme,
            @RequestParam(required = false) InitiativeStatus status, @RequestParam(defaultValue = "0") int page,
            Model model) {
        org.voisinage.account.ResidentView me = (org.voisinage.account.ResidentView) model.getAttribute("me");
        model.addAttribute("page", feed.list(q, theme, status, Paging.page(page, PAGE_SIZE), me == null ? null : me.id()));
        model.addAttribute("q", q);
        model.addAttribute("theme", theme);
        model.addAttribute("status", status);
        model.addAttribute("themes", InitiativeTheme.values());
        model.addAttribute("statuses", InitiativeStatus.values());
        return "initiative/list";
    }

    /** The home feed's radius, remembered for the resident. */
    @PostMapping("/initiatives/rayon")
    String radius(@RequestParam(defaultValue = "0") int radius, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        try {
            feed.rememberRadius(user.id(), radius);
            redirect.addFlashAttribute("success", "initiative.feed.radius.saved");
        } catch (Refusal e) {
            redirect.addFlashAttribute("error", e.code());
        }
        return "redirect:/";
    }

    // Proposing

    @GetMapping("/initiatives/nouvelle")
    String proposeForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("initiativeForm", InitiativeForm.empty());
        return proposePage(user, model, List.of());
    }

    @PostMapping("/initiatives")
    String propose(@Valid @ModelAttribute("initiativeForm") InitiativeForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return proposePage(user, model, List.of());
        }
        try {
            long id = initiatives.propose(user.id(), form);
            redirect.addFlashAttribute("success", "initiative.proposed");
            return "redirect:" + Initiatives.path(id);
        } catch (Refusal e) {
            response.setStatus(RefusalAdvice.status(e));
            e.rejectOn(result);
            return proposePage(user, model, e instanceof PlaceToPick pick ? pick.suggestions() : List.of());
        }
    }

    private String proposePage(CurrentUser user, Model model, List<?> suggestions) {
        model.addAttribute("themes", InitiativeTheme.values());
        model.addAttribute("carriers", initiatives.carriersFor(user.id()));
        model.addAttribute("suggestions", suggestions);
        return "initiative/propose";
    }
}
