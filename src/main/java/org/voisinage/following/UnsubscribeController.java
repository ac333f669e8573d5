package org.voisinage.following;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.voisinage.common.NotFoundException;

/**
 * The link in every email. GET shows what the key manages and a button, and changes nothing (mail scanners
 * open links). POST is RFC 8058's one-click unsubscribe: mail clients post {@code List-Unsubscribe=One-Click}
 * with no cookie and no CSRF token (this one path is exempt from CSRF: the key is the credential); it is
 * idempotent.
 */
@Controller
class UnsubscribeController {

    private final Subscriptions subscriptions;

    UnsubscribeController(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @GetMapping("/desabonnement/{key}")
    String page(@PathVariable String key, Model model) {
        model.addAttribute("subscription", subscriptions.get(key));
        model.addAttribute("frequencies", Frequency.values());
        return "following/unsubscribe";
    }

    @PostMapping("/desabonnement/{key}")
    String unsubscribe(@PathVariable String key, Model model) {
        subscriptions.unsubscribe(key);
        model.addAttribute("subscription", subscriptions.get(key));
        return "following/unsubscribed";
    }

    @PostMapping("/desabonnement/{key}/frequence")
    String changeFrequency(@PathVariable String key, @RequestParam String type, @RequestParam long id,
            @RequestParam Frequency frequency, RedirectAttributes redirect) {
        subscriptions.changeFrequency(key, FollowController.topic(type, id), frequency);
        redirect.addFlashAttribute("success", "following.flash.frequencyChanged");
        return "redirect:/desabonnement/" + key;
    }

    @ExceptionHandler(NotFoundException.class)
    String unknownKey(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "following/unknown-key";
    }
}
