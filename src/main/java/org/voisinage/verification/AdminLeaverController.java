package org.voisinage.verification;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
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

/**
 * The members who left, for every member of staff: staff limited to some territories see and keep those whose
 * accounts live there (the register's import, one file for the whole cooperative, stays on {@code /admin/members}).
 */
@Controller
class AdminLeaverController {

    private final RegisterLeavers leavers;
    private final Residents residents;

    AdminLeaverController(RegisterLeavers leavers, Residents residents) {
        this.leavers = leavers;
        this.residents = residents;
    }

    @GetMapping("/admin/leavers")
    String show(@AuthenticationPrincipal CurrentUser user, Model model) {
        return page(residents.viewer(user), model);
    }

    @PostMapping("/admin/leavers/{memberNumber}/keep")
    String keep(@AuthenticationPrincipal CurrentUser user, @PathVariable String memberNumber,
            @Valid @ModelAttribute("keepForm") KeepForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Viewer staff = residents.viewer(user);
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("keepFor", memberNumber);
            return page(staff, model);
        }
        leavers.keep(memberNumber, form.reason(), staff);
        redirect.addFlashAttribute("success", "verification.leavers.kept");
        return "redirect:/admin/leavers";
    }

    private String page(Viewer staff, Model model) {
        model.addAttribute("leavers", leavers.inGrace(staff));
        if (!model.containsAttribute("keepForm")) {
            model.addAttribute("keepForm", new KeepForm(""));
        }
        return "verification/admin-leavers";
    }
}
