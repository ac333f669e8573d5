package org.voisinage.moderation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.voisinage.common.EmailLimits;

/**
 * The appeal form, {@code /recours}: reachable without signing in, since a suspended or banned resident cannot.
 * The answer is the same whether or not the email names an account.
 */
@Controller
class AppealController {

    private final Moderation moderation;
    private final EmailLimits emailLimits;

    AppealController(Moderation moderation, EmailLimits emailLimits) {
        this.moderation = moderation;
        this.emailLimits = emailLimits;
    }

    @GetMapping("/recours")
    String form(Model model) {
        model.addAttribute("appeal", AppealForm.empty());
        return "moderation/appeal";
    }

    @PostMapping("/recours")
    String send(@Valid @ModelAttribute("appeal") AppealForm form, BindingResult result, RedirectAttributes redirect,
            HttpServletRequest request, HttpServletResponse response) {
        if (result.hasErrors()) {
            return "moderation/appeal";
        }
        if (!emailLimits.tryToSend(request.getRemoteAddr(), form.email())) {
            result.rejectValue("email", EmailLimits.MESSAGE_KEY);
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return "moderation/appeal";
        }
        moderation.appeal(form);
        redirect.addFlashAttribute("success", "moderation.appeal.sent");
        return "redirect:/recours";
    }
}
