package org.voisinage.organisation;

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
import org.voisinage.common.Refusal;

/** Staff register organisations, edit them and link or unlink their verified members. */
@Controller
@RequestMapping("/admin/organisations")
class OrganisationAdminController {

    private static final String LIST = "organisation/admin/list";
    private static final String FORM = "organisation/admin/form";

    private final OrganisationRegistry registry;

    OrganisationAdminController(OrganisationRegistry registry) {
        this.registry = registry;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") String page,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("organisations", registry.list(q, pageNumber(page), user.id()));
        return LIST;
    }

    @GetMapping("/new")
    String newOrganisation(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("organisationForm", OrganisationForm.empty());
        return form(null, null, user, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("organisationForm") OrganisationForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = registry.register(form, user.id());
                redirect.addFlashAttribute("success", "organisation.admin.created");
                return "redirect:/admin/organisations/" + id;
            } catch (Refusal e) {
                e.rejectOn(result);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(null, null, user, model);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, @RequestParam(required = false) String who,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("organisationForm", registry.form(id));
        return form(id, who, user, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("organisationForm") OrganisationForm form,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        registry.get(id);
        if (!result.hasErrors()) {
            try {
                registry.update(id, form, user.id());
                redirect.addFlashAttribute("success", "organisation.admin.saved");
                return "redirect:/admin/organisations/" + id;
            } catch (Refusal e) {
                e.rejectOn(result);
            } catch (OptimisticLockingFailureException e) {
                result.reject("organisation.stale");
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(id, null, user, model);
    }

    @PostMapping("/{id}/members")
    String link(@PathVariable long id, @Valid @ModelAttribute("memberForm") MemberForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        registry.get(id);
        if (!result.hasErrors()) {
            try {
                registry.link(id, form, user.id());
                redirect.addFlashAttribute("success", "organisation.admin.member.added");
                return "redirect:/admin/organisations/" + id;
            } catch (Refusal e) {
                e.rejectOn(result);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("organisationForm", registry.form(id));
        return form(id, null, user, model);
    }

    @PostMapping("/{id}/members/{residentId}/remove")
    String unlink(@PathVariable long id, @PathVariable long residentId, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        registry.unlink(id, residentId, user.id());
        redirect.addFlashAttribute("success", "organisation.admin.member.removed");
        return "redirect:/admin/organisations/" + id;
    }

    private String form(Long id, String who, CurrentUser user, Model model) {
        model.addAttribute("organisationId", id);
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("territories", registry.places(user.id()));
        if (id != null) {
            model.addAttribute("organisation", registry.get(id));
            model.addAttribute("members", registry.members(id));
            model.addAttribute("who", who);
            model.addAttribute("candidates", registry.candidates(who, user.id()));
            if (!model.containsAttribute("memberForm")) {
                model.addAttribute("memberForm", MemberForm.empty());
            }
        }
        return FORM;
    }

    static int pageNumber(String page) {
        try {
            return Integer.parseInt(page);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
