package org.voisinage.account;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page behind the takeover link of an assisted account: opening it changes nothing (mail scanners open links);
 * the person chooses a password and posts it with the token.
 */
@Controller
class AssistedTakeoverController {

    private final AssistedAccounts assisted;
    private final PasswordPolicy passwordPolicy;

    AssistedTakeoverController(AssistedAccounts assisted, PasswordPolicy passwordPolicy) {
        this.assisted = assisted;
        this.passwordPolicy = passwordPolicy;
    }

    @GetMapping("/email/takeover")
    String page(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        if (!assisted.isUsable(token)) {
            response.setStatus(HttpStatus.GONE.value());
            return "account/link-expired";
        }
        model.addAttribute("reset", new EmailLinkController.ResetForm(token, ""));
        return "account/takeover";
    }

    @PostMapping("/email/takeover")
    String takeOver(@ModelAttribute("reset") EmailLinkController.ResetForm form, BindingResult result,
            RedirectAttributes redirect, HttpServletResponse response) {
        passwordPolicy.problem(form.password()).ifPresent(code -> result.rejectValue("password", code));
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "account/takeover";
        }
        if (!assisted.takeOver(form.token(), form.password())) {
            response.setStatus(HttpStatus.GONE.value());
            return "account/link-expired";
        }
        redirect.addFlashAttribute("success", "account.takeover.done");
        return "redirect:/login";
    }
}
