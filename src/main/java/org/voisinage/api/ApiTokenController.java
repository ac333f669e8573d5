package org.voisinage.api;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.voisinage.account.CurrentUser;
import org.voisinage.account.Residents;
import org.voisinage.account.Viewer;
import org.voisinage.common.Refusal;
import org.voisinage.neighbourhood.Neighbourhoods;

/**
 * The pages that make and revoke read API tokens: a resident's personal tokens (from the account page), staff's
 * application tokens for partners. A token just made is shown once, in the answer to the form (no redirect: it is
 * kept in no session nor flash), and never again.
 */
@Controller
class ApiTokenController {

    static final String PERSONAL = "/account/api-tokens";
    static final String ADMIN = "/admin/api-tokens";

    private final ApiTokens tokens;
    private final Residents residents;
    private final Neighbourhoods neighbourhoods;

    ApiTokenController(ApiTokens tokens, Residents residents, Neighbourhoods neighbourhoods) {
        this.tokens = tokens;
        this.residents = residents;
        this.neighbourhoods = neighbourhoods;
    }

    @GetMapping(PERSONAL)
    String personal(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("tokenForm", ApiTokenForms.Personal.empty());
        return personalPage(user, model);
    }

    @PostMapping(PERSONAL)
    String makePersonal(@Valid @ModelAttribute("tokenForm") ApiTokenForms.Personal form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        if (result.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return personalPage(user, model);
        }
        model.addAttribute("made", tokens.makePersonal(user.id(), form.name()));
        model.addAttribute("tokenForm", ApiTokenForms.Personal.empty());
        return personalPage(user, model);
    }

    @PostMapping(PERSONAL + "/{id}/revoke")
    String revokePersonal(@PathVariable long id, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        tokens.revokePersonal(user.id(), id);
        redirect.addFlashAttribute("success", "api.token.flash.revoked");
        return "redirect:" + PERSONAL;
    }

    private String personalPage(CurrentUser user, Model model) {
        model.addAttribute("tokens", tokens.personal(user.id()));
        return "api/personal";
    }

    @GetMapping(ADMIN)
    String applications(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("tokenForm", ApiTokenForms.Application.empty());
        return applicationsPage(residents.viewer(user), model);
    }

    @PostMapping(ADMIN)
    String makeApplication(@Valid @ModelAttribute("tokenForm") ApiTokenForms.Application form,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response) {
        Viewer staff = residents.viewer(user);
        if (!result.hasErrors()) {
            try {
                model.addAttribute("made", tokens.makeApplication(staff, form));
                model.addAttribute("tokenForm", ApiTokenForms.Application.empty());
                return applicationsPage(staff, model);
            } catch (Refusal e) {
                e.rejectOn(result);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return applicationsPage(staff, model);
    }

    @PostMapping(ADMIN + "/{id}/revoke")
    String revokeApplication(@PathVariable long id, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        tokens.revokeApplication(residents.viewer(user), id);
        redirect.addFlashAttribute("success", "api.token.flash.revoked");
        return "redirect:" + ADMIN;
    }

    private String applicationsPage(Viewer staff, Model model) {
        model.addAttribute("tokens", tokens.applications(staff));
        model.addAttribute("territories", neighbourhoods.territories().stream().filter(t -> staff.staffOf(t.id()))
                .toList());
        model.addAttribute("territoryNames", neighbourhoods.territories().stream().collect(
                java.util.stream.Collectors.toMap(t -> t.id(), t -> t.name())));
        return "api/applications";
    }
}
