package org.voisinage.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.voisinage.common.EmailLimits;
import org.voisinage.common.Refusal;
import org.voisinage.common.web.RefusalAdvice;
import org.voisinage.directory.AddressMatch;

/**
 * Signup in two steps: the address first (so people learn at once which neighbourhood they would join,
 * or that theirs is not open yet), then who they are.
 */
@Controller
class SignupController {

    private final Signups signups;
    private final PasswordPolicy passwordPolicy;
    private final EmailLimits emailLimits;

    SignupController(Signups signups, PasswordPolicy passwordPolicy, EmailLimits emailLimits) {
        this.signups = signups;
        this.passwordPolicy = passwordPolicy;
        this.emailLimits = emailLimits;
    }

    @GetMapping("/signup")
    String addressStep(Model model) {
        model.addAttribute("address", AddressForm.empty());
        return "account/signup-address";
    }

    @PostMapping("/signup")
    String findAddress(@Valid @ModelAttribute("address") AddressForm form, BindingResult result, Model model) {
        if (result.hasErrors()) {
            return "account/signup-address";
        }
        AddressMatch match = signups.match(form);
        if (match.exact().isPresent()) {
            return "redirect:/signup/account?address=" + match.exact().get().id();
        }
        if (match.suggestions().isEmpty()) {
            result.rejectValue("street", "account.address.notFound");
        } else {
            model.addAttribute("suggestions", match.suggestions());
        }
        return "account/signup-address";
    }

    @GetMapping("/signup/account")
    String accountStep(@RequestParam(name = "address", required = false) String addressId, Model model,
            RedirectAttributes redirect) {
        Optional<Signups.Placement> placement = addressId == null ? Optional.empty() : signups.place(addressId);
        if (placement.isEmpty()) {
            redirect.addFlashAttribute("error", "account.address.unknown");
            return "redirect:/signup";
        }
        model.addAttribute("placement", placement.get());
        if (placement.get().neighbourhood().isEmpty()) {
            model.addAttribute("waitlist", new WaitlistForm(addressId, "", ""));
            return "account/signup-waitlist";
        }
        model.addAttribute("account", AccountForm.forAddress(addressId));
        return "account/signup-account";
    }

    @PostMapping("/signup/account")
    String register(@Valid @ModelAttribute("account") AccountForm form, BindingResult result, Model model,
            Locale locale, RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        passwordPolicy.problem(form.password()).ifPresent(code -> result.rejectValue("password", code));
        Optional<Signups.Placement> placement = signups.place(form.addressId());
        if (placement.isEmpty()) {
            redirect.addFlashAttribute("error", "account.address.unknown");
            return "redirect:/signup";
        }
        model.addAttribute("placement", placement.get());
        if (placement.get().address().severalDwellings() && (form.flat() == null || form.flat().isBlank())) {
            result.rejectValue("flat", "account.flat.required");
        }
        if (result.hasErrors()) {
            return "account/signup-account";
        }
        // counted whether or not the address has an account, so the refusal tells nothing
        if (!emailLimits.tryToSend(request.getRemoteAddr(), form.email())) {
            result.rejectValue("email", EmailLimits.MESSAGE_KEY);
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return "account/signup-account";
        }
        Signups.Outcome outcome;
        try {
            outcome = signups.register(form, locale, request.getRemoteAddr());
        } catch (DataIntegrityViolationException sameEmailAtTheSameMoment) {
            outcome = Signups.Outcome.CHECK_EMAIL;
        } catch (Refusal guessing) {
            // too many member numbers tried: said on the field, the form comes back filled
            result.rejectValue("memberNumber", guessing.code(), guessing.arguments(), null);
            response.setStatus(RefusalAdvice.status(guessing));
            return "account/signup-account";
        }
        return switch (outcome) {
            case CHECK_EMAIL -> {
                redirect.addFlashAttribute("email", form.email());
                yield "redirect:/signup/check-email";
            }
            case HOUSEHOLD_FULL -> {
                // said on the flat: another flat of the building may still have room
                result.rejectValue("flat", Residents.HOUSEHOLD_FULL);
                response.setStatus(HttpStatus.CONFLICT.value());
                yield "account/signup-account";
            }
            case OUTSIDE_NEIGHBOURHOODS -> "redirect:/signup/account?address=" + form.addressId();
            case UNKNOWN_ADDRESS -> "redirect:/signup";
        };
    }

    @PostMapping("/signup/waitlist")
    String joinWaitlist(@Valid @ModelAttribute("waitlist") WaitlistForm form, BindingResult result, Model model,
            Locale locale) {
        Optional<Signups.Placement> placement = signups.place(form.addressId());
        if (placement.isEmpty()) {
            return "redirect:/signup";
        }
        model.addAttribute("placement", placement.get());
        if (result.hasErrors()) {
            return "account/signup-waitlist";
        }
        signups.joinWaitlist(form, locale);
        return "redirect:/signup/waitlisted";
    }

    @GetMapping("/signup/check-email")
    String checkEmail() {
        return "account/signup-check-email";
    }

    @GetMapping("/signup/waitlisted")
    String waitlisted() {
        return "account/signup-waitlisted";
    }
}
