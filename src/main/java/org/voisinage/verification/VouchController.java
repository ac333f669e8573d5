package org.voisinage.verification;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.voisinage.account.CurrentUser;
import org.voisinage.common.Refusal;
import org.voisinage.verification.internal.VouchRule;

/** Verified residents vouch for pending neighbours of their own neighbourhood. */
@Controller
class VouchController {

    private final Vouching vouching;
    private final VerificationAudit audit;

    VouchController(Vouching vouching, VerificationAudit audit) {
        this.vouching = vouching;
        this.audit = audit;
    }

    @GetMapping("/verification/vouch")
    String candidates(@AuthenticationPrincipal CurrentUser user, Model model) {
        boolean allowed = vouching.canVouch(user.id());
        model.addAttribute("allowed", allowed);
        model.addAttribute("candidates", allowed ? vouching.candidates(user.id()) : java.util.List.of());
        model.addAttribute("remaining", vouching.remaining(user.id()));
        model.addAttribute("maxPerPeriod", VouchRule.MAX_PER_PERIOD);
        model.addAttribute("periodDays", VouchRule.PERIOD_DAYS);
        return "verification/vouch";
    }

    @PostMapping("/verification/vouch/{residentId}")
    String vouch(@AuthenticationPrincipal CurrentUser user, @PathVariable long residentId, RedirectAttributes redirect) {
        try {
            VouchOutcome outcome = vouching.vouch(user.id(), residentId);
            if (outcome.refusal() != null) {
                redirect.addFlashAttribute("error", outcome.refusal().messageKey());
            } else {
                redirect.addFlashAttribute("success",
                        outcome.verified() ? "verification.vouch.doneVerified" : "verification.vouch.done");
            }
        } catch (Refusal householdFull) {
            audit.recordHouseholdFull(residentId, user.id(), VerificationMethod.VOUCHING);
            redirect.addFlashAttribute("error", "verification.householdFull");
        }
        return "redirect:/verification/vouch";
    }
}
