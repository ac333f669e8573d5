package org.voisinage.challenge;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.voisinage.common.Refusal;
import org.voisinage.common.web.RefusalAdvice;

/**
 * The target answers through the signed link it was emailed, without an account. A forged link gets 403, an
 * expired one 410, a challenge already answered 409: each a page that says so.
 */
@Controller
@RequestMapping("/defis/{id}/reponse")
class TargetAnswerController {

    private final Challenges challenges;
    private final ChallengeLifecycle lifecycle;
    private final TargetLinks links;

    TargetAnswerController(Challenges challenges, ChallengeLifecycle lifecycle, TargetLinks links) {
        this.challenges = challenges;
        this.lifecycle = lifecycle;
        this.links = links;
    }

    @GetMapping
    String form(@PathVariable long id, @RequestParam(defaultValue = "0") long expires,
            @RequestParam(defaultValue = "") String signature, Model model, HttpServletResponse response) {
        String refusal = refusal(id, expires, signature, response);
        if (refusal != null) {
            model.addAttribute("refusal", refusal);
            return "challenge/answer-refused";
        }
        model.addAttribute("answerForm", AnswerForm.empty());
        return page(id, expires, signature, model);
    }

    @PostMapping
    String answer(@PathVariable long id, @RequestParam(defaultValue = "0") long expires,
            @RequestParam(defaultValue = "") String signature, @Valid @ModelAttribute("answerForm") AnswerForm form,
            BindingResult result, Model model, HttpServletResponse response) {
        String refusal = refusal(id, expires, signature, response);
        if (refusal != null) {
            model.addAttribute("refusal", refusal);
            return "challenge/answer-refused";
        }
        if (result.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(id, expires, signature, model);
        }
        try {
            lifecycle.answer(id, form);
        } catch (Refusal e) {
            // answered by someone else (or by staff) between the page and the click
            response.setStatus(RefusalAdvice.status(e));
            model.addAttribute("refusal", e.code());
            return "challenge/answer-refused";
        }
        model.addAttribute("accepted", form.accepted());
        return "challenge/answer-thanks";
    }

    private String page(long id, long expires, String signature, Model model) {
        model.addAttribute("challenge", challenges.page(id, null));
        model.addAttribute("expires", expires);
        model.addAttribute("signature", signature);
        return "challenge/answer";
    }

    /** Why this link cannot be used (a message key, with the status set), or null. */
    private String refusal(long id, long expires, String signature, HttpServletResponse response) {
        switch (links.check(id, expires, signature)) {
            case FORGED -> {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                return "challenge.link.forged";
            }
            case EXPIRED -> {
                response.setStatus(HttpServletResponse.SC_GONE);
                return "challenge.link.expired";
            }
            default -> {
                ChallengeState state = lifecycle.get(id).getState();
                if (state != ChallengeState.GOAL_REACHED) {
                    response.setStatus(HttpServletResponse.SC_CONFLICT);
                    return state == ChallengeState.ACCEPTED || state == ChallengeState.DECLINED
                            || state == ChallengeState.FULFILLED || state == ChallengeState.NOT_FULFILLED
                            ? "challenge.refused.alreadyAnswered" : "challenge.refused.notAnswerable";
                }
                return null;
            }
        }
    }
}
