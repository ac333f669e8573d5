package org.voisinage.announcement;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.voisinage.account.CurrentUser;
import org.voisinage.common.Refusal;

/** Staff publish, correct and withdraw announcements. */
@Controller
@RequestMapping("/admin/annonces")
class AnnouncementAdminController {

    private static final String FORM = "announcement/admin/form";

    private final Announcements announcements;

    AnnouncementAdminController(Announcements announcements) {
        this.announcements = announcements;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("announcements", announcements.latest(user.id(), 100));
        return "announcement/admin/list";
    }

    @GetMapping("/new")
    String create(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("announcementForm", AnnouncementForm.empty());
        return form(null, user, model);
    }

    @PostMapping
    String publish(@Valid @ModelAttribute("announcementForm") AnnouncementForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                announcements.publish(user.id(), form);
                redirect.addFlashAttribute("success", "announcement.flash.published");
                return "redirect:/admin/annonces";
            } catch (Refusal e) {
                e.rejectOn(result);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(null, user, model);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("announcementForm", announcements.formOf(id, user.id()));
        return form(id, user, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("announcementForm") AnnouncementForm form,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                announcements.update(id, user.id(), form);
                redirect.addFlashAttribute("success", "announcement.flash.saved");
                return "redirect:/admin/annonces";
            } catch (Refusal e) {
                e.rejectOn(result);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(id, user, model);
    }

    @PostMapping("/{id}/retrait")
    String unpublish(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        announcements.unpublish(id, user.id());
        redirect.addFlashAttribute("success", "announcement.flash.unpublished");
        return "redirect:/admin/annonces";
    }

    private String form(Long id, CurrentUser user, Model model) {
        model.addAttribute("announcementId", id);
        model.addAttribute("territories", announcements.audiencesFor(user.id()));
        return FORM;
    }
}
