package org.voisinage.moderation;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The appeal form, {@code /recours}: reachable without signing in, since a suspended or banned resident cannot.
 * The answer is the same whether or not the email names an account.
 */
@Controller
class AppealController {

    private final Moderation moderation;

    AppealController(Moderation moderation) {
        this.moderation = moderation;
    }

    @GetMapping("/recours")
    String form(Model model) {
        model.addAttribute("appeal", AppealForm.empty());
        return "moderation/appeal";
    }

    @PostMapping("/recours")
    String send(@Valid @ModelAttribute("appeal") AppealForm form, BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return "moderation/appeal";
        }
        moderation.appeal(form);
        redirect.addFlashAttribute("success", "moderation.appeal.sent");
        return "redirect:/recours";
    }
}
