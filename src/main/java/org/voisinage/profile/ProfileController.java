package org.voisinage.profile;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.voisinage.account.CurrentUser;

/** Profiles, the neighbourhood directory, the privacy settings, and thanks after an exchange. */
@Controller
class ProfileController {

    private final Profiles profiles;
    private final ThanksBook thanks;

    ProfileController(Profiles profiles, ThanksBook thanks) {
        this.profiles = profiles;
        this.thanks = thanks;
    }

    @GetMapping("/voisins/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("profile", profiles.page(id, user.id()));
        return "profile/show";
    }

    @GetMapping("/voisins")
    String directory(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String competence,
            Model model) {
        String skill = competence == null ? "" : competence.strip();
        model.addAttribute("neighbours", profiles.directory(user.id(), skill.length() > 100 ? "" : skill));
        model.addAttribute("competence", skill);
        return "profile/directory";
    }

    @GetMapping("/compte/profil")
    String settings(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("form", profiles.settingsOf(user.id()));
        model.addAttribute("myId", user.id());
        return "profile/settings";
    }

    @PostMapping("/compte/profil")
    String saveSettings(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") ProfileForm form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            model.addAttribute("myId", user.id());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "profile/settings";
        }
        profiles.saveSettings(user.id(), form);
        redirect.addFlashAttribute("success", "profile.settings.saved");
        return "redirect:/compte/profil";
    }

    @GetMapping("/voisins/merci/{conversationId}")
    String thanksForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long conversationId, Model model) {
        model.addAttribute("target", thanks.target(conversationId, user.id()));
        model.addAttribute("form", new ThanksForm(""));
        return "profile/thanks";
    }

    @PostMapping("/voisins/merci/{conversationId}")
    String thank(@AuthenticationPrincipal CurrentUser user, @PathVariable long conversationId,
            @Valid @ModelAttribute("form") ThanksForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            model.addAttribute("target", thanks.target(conversationId, user.id()));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "profile/thanks";
        }
        long recipient = thanks.thank(conversationId, user.id(), form.text());
        redirect.addFlashAttribute("success", "profile.thanks.sent");
        return "redirect:/voisins/" + recipient;
    }
}
