package org.voisinage.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.voisinage.common.EmailLimits;

/**
 * The pages behind emailed links. Opening a link changes nothing (mail scanners open links); the page
 * asks for a click, which posts the token.
 */
@Controller
class EmailLinkController {

    private final AccountLinks links;
    private final PasswordPolicy passwordPolicy;
    private final EmailLimits emailLimits;

    EmailLinkController(AccountLinks links, PasswordPolicy passwordPolicy, EmailLimits emailLimits) {
        this.links = links;
        this.passwordPolicy = passwordPolicy;
        this.emailLimits = emailLimits;
    }

    record ForgotForm(@NotBlank(message = "{validation.required}") @Email(message = "{validation.email}")
            @Size(max = 254, message = "{validation.tooLong}") String email) {}

    record ResetForm(String token, String password) {}

    @GetMapping("/email/confirm")
    String confirmPage(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        if (!links.isUsable(token, false)) {
            response.setStatus(HttpStatus.GONE.value());
            return "account/link-expired";
        }
        model.addAttribute("token", token);
        return "account/confirm-email";
    }

    @PostMapping("/email/confirm")
    String confirm(@RequestParam(required = false) String token, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect, HttpServletResponse response) {
        if (links.confirmEmail(token).isEmpty()) {
            response.setStatus(HttpStatus.GONE.value());
            return "account/link-expired";
        }
        redirect.addFlashAttribute("success", "account.email.confirmed");
        return user == null ? "redirect:/login" : "redirect:/verification";
    }

    @PostMapping("/account/resend-confirmation")
    String resend(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        links.resendConfirmation(user.id());
        redirect.addFlashAttribute("success", "account.email.resent");
        return "redirect:/account";
    }

    @GetMapping("/password/forgot")
    String forgotPage(Model model) {
        model.addAttribute("forgot", new ForgotForm(""));
        return "account/password-forgot";
    }

    @PostMapping("/password/forgot")
    String forgot(@Valid @ModelAttribute("forgot") ForgotForm form, BindingResult result, RedirectAttributes redirect,
            HttpServletRequest request, HttpServletResponse response, java.util.Locale locale) {
        if (result.hasErrors()) {
            return "account/password-forgot";
        }
        // counted whether or not the address has an account, so the refusal tells nothing
        if (!emailLimits.tryToSend(request.getRemoteAddr(), form.email())) {
            result.rejectValue("email", EmailLimits.MESSAGE_KEY);
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return "account/password-forgot";
        }
        links.requestPasswordReset(form.email(), locale);
        redirect.addFlashAttribute("success", "account.reset.sent");
        return "redirect:/login";
    }

    @GetMapping("/password/reset")
    String resetPage(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        if (!links.isUsable(token, true)) {
            response.setStatus(HttpStatus.GONE.value());
            return "account/link-expired";
        }
        model.addAttribute("reset", new ResetForm(token, ""));
        return "account/password-reset";
    }

    @PostMapping("/password/reset")
    String reset(@ModelAttribute("reset") ResetForm form, BindingResult result, RedirectAttributes redirect,
            HttpServletResponse response) {
        passwordPolicy.problem(form.password()).ifPresent(code -> result.rejectValue("password", code));
        if (result.hasErrors()) {
            return "account/password-reset";
        }
        if (!links.resetPassword(form.token(), form.password())) {
            response.setStatus(HttpStatus.GONE.value());
            return "account/link-expired";
        }
        redirect.addFlashAttribute("success", "account.reset.done");
        return "redirect:/login";
    }
}
