package org.voisinage.verification;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Date;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.voisinage.account.CurrentUser;
import org.voisinage.account.ResidentDetails;
import org.voisinage.account.Residents;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;
import org.voisinage.verification.internal.VouchRule;

/** The signed-in resident's page: the four ways to prove their address, and the letter code form. */
@Controller
class VerificationController {

    private final Residents residents;
    private final Letters letters;
    private final Vouching vouching;
    private final VerificationAudit audit;

    VerificationController(Residents residents, Letters letters, Vouching vouching, VerificationAudit audit) {
        this.residents = residents;
        this.letters = letters;
        this.vouching = vouching;
        this.audit = audit;
    }

    @GetMapping("/verification")
    String show(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("codeForm", new CodeForm(""));
        return page(user, model, true);
    }

    @PostMapping("/verification/code")
    String check(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("codeForm") CodeForm form,
            BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                CodeCheck check = letters.check(user.id(), form.code(), request.getRemoteAddr());
                switch (check.outcome()) {
                    case VERIFIED -> {
                        redirect.addFlashAttribute("success", "verification.code.VERIFIED");
                        return "redirect:/verification";
                    }
                    case NOT_PENDING -> {
                        return "redirect:/verification";
                    }
                    case LOCKED -> result.rejectValue("code", check.outcome().messageKey(),
                            new Object[] {Date.from(check.lockedUntil())}, null);
                    case WRONG -> result.rejectValue("code", check.outcome().messageKey(),
                            new Object[] {check.missesBeforeLock()}, null);
                    default -> result.rejectValue("code", check.outcome().messageKey());
                }
            } catch (Refusal householdFull) {
                audit.recordHouseholdFull(user.id(), user.id(), VerificationMethod.LETTER);
                result.rejectValue("code", "verification.householdFull");
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        // the field error already says until when the form is locked
        return page(user, model, false);
    }

    private String page(CurrentUser user, Model model, boolean showLock) {
        ResidentDetails me = residents.details(user.id()).orElseThrow(() -> new NotFoundException("resident", user.id()));
        model.addAttribute("resident", me);
        model.addAttribute("letter", letters.latest(me.id()).orElse(null));
        model.addAttribute("lockedUntil", showLock ? letters.lockedUntil(me.id()).map(Date::from).orElse(null) : null);
        model.addAttribute("vouches", vouching.count(me.id()));
        model.addAttribute("vouchesNeeded", VouchRule.NEEDED);
        model.addAttribute("canVouch", vouching.canVouch(me.id()));
        return "verification/status";
    }
}
