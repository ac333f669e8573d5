package org.voisinage.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.List;
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
import org.springframework.web.servlet.support.RequestContextUtils;
import org.voisinage.account.AccountSettingsForms.DeleteForm;
import org.voisinage.account.AccountSettingsForms.EmailForm;
import org.voisinage.account.AccountSettingsForms.NameForm;
import org.voisinage.account.AccountSettingsForms.PasswordForm;
import org.voisinage.common.Paging;
import org.voisinage.common.Refusal;

/**
 * The account page: who the resident is, and what they change themselves (name and language, password, email
 * address), with the parts other modules contribute ({@link AccountSection}). Each form comes back filled with its
 * errors; the others keep their saved values.
 */
@Controller
class AccountController {

    private final Residents residents;
    private final AccountSettings settings;
    private final WaitlistRepository waitlist;
    private final List<AccountSection> sections;
    private final DataExports exports;
    private final AccountErasure erasure;

    AccountController(Residents residents, AccountSettings settings, WaitlistRepository waitlist,
            List<AccountSection> sections, DataExports exports, AccountErasure erasure) {
        this.erasure = erasure;
        this.residents = residents;
        this.settings = settings;
        this.exports = exports;
        this.waitlist = waitlist;
        this.sections = sections.stream().sorted(Comparator.comparingInt(AccountSection::order)).toList();
    }

    /** A section as the page renders it. */
    record ShownSection(String template, String fragment, Object model) {}

    @GetMapping("/account")
    String account(@AuthenticationPrincipal CurrentUser user, Model model) {
        return page(user, model);
    }

    @PostMapping("/account/name")
    String rename(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("nameForm") NameForm form,
            BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!done(result, () -> settings.rename(user.id(), form.displayName(), form.language()))) {
            return refused(user, model, response);
        }
        // the pages follow the language chosen at once (they are told by a cookie), the emails from now on
        RequestContextUtils.getLocaleResolver(request).setLocale(request, response, form.language().locale());
        redirect.addFlashAttribute("success", "account.settings.name.saved");
        return "redirect:/account";
    }

    @PostMapping("/account/password")
    String changePassword(@AuthenticationPrincipal CurrentUser user,
            @ModelAttribute("passwordForm") PasswordForm form, BindingResult result, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (!done(result, () -> settings.changePassword(user.id(), form.currentPassword(), form.password(),
                request.getSession().getId()))) {
            return refused(user, model, response);
        }
        redirect.addFlashAttribute("success", "account.settings.password.saved");
        return "redirect:/account";
    }

    @PostMapping("/account/email")
    String changeEmail(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("emailForm") EmailForm form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!done(result, () -> settings.requestEmailChange(user.id(), form.email(), form.currentPassword()))) {
            return refused(user, model, response);
        }
        redirect.addFlashAttribute("info", "account.settings.email.sent");
        return "redirect:/account";
    }

    /** Deletes the account; the password confirms it. The person leaves signed out. */
    @PostMapping("/account/delete")
    String delete(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("deleteForm") DeleteForm form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!done(result, () -> erasure.eraseOwn(user.id(), form.currentPassword()))) {
            return refused(user, model, response);
        }
        redirect.addFlashAttribute("success", "account.erase.done");
        return "redirect:/";
    }

    /** The link sent to the new address: opening it changes nothing (mail scanners open links), a click does. */
    @GetMapping("/email/change")
    String emailChangePage(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        if (!settings.isEmailChangeUsable(token)) {
            response.setStatus(HttpStatus.GONE.value());
            return "account/link-expired";
        }
        model.addAttribute("token", token);
        return "account/confirm-email-change";
    }

    @PostMapping("/email/change")
    String confirmEmailChange(@RequestParam(required = false) String token, RedirectAttributes redirect,
            HttpServletResponse response) {
        if (!settings.confirmEmailChange(token)) {
            response.setStatus(HttpStatus.GONE.value());
            return "account/link-expired";
        }
        redirect.addFlashAttribute("success", "account.settings.email.changed");
        return "redirect:/login";
    }

    /** Does the change when the form is valid; a refusal goes on the form's fields. Whether it was done. */
    private static boolean done(BindingResult result, Runnable change) {
        if (result.hasErrors()) {
            return false;
        }
        try {
            change.run();
            return true;
        } catch (Refusal refusal) {
            refusal.rejectOn(result);
            return false;
        }
    }

    /** The page again, the refused form filled with what was typed and its errors. */
    private String refused(CurrentUser user, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(user, model);
    }

    /** The page, with each form not already in the model (the one posted with errors) filled from the account. */
    private String page(CurrentUser user, Model model) {
        ResidentDetails details = residents.details(user.id()).orElseThrow();
        model.addAttribute("details", details);
        if (!model.containsAttribute("nameForm")) {
            model.addAttribute("nameForm", new NameForm(details.displayName(), Language.of(details.locale())));
        }
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordForm(null, null));
        }
        if (!model.containsAttribute("emailForm")) {
            model.addAttribute("emailForm", new EmailForm("", null));
        }
        if (!model.containsAttribute("deleteForm")) {
            model.addAttribute("deleteForm", new DeleteForm(null));
        }
        model.addAttribute("languages", Language.values());
        model.addAttribute("export", exports.latest(user.id()).orElse(null));
        model.addAttribute("sections", sections.stream()
                .map(s -> new ShownSection(s.template(), s.fragment(), s.model(user.id()))).toList());
        return "account/account";
    }

    /** Staff: how many people wait for a neighbourhood, per commune and postcode, and who. */
    @GetMapping("/admin/waitlist")
    String waitlist(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("demand", waitlist.demandByTownAndPostcode());
        model.addAttribute("entries", waitlist.findAllByOrderByCreatedAtDesc(Paging.page(page, 50)));
        return "account/admin-waitlist";
    }
}
