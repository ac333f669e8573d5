package org.voisinage.account;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.voisinage.common.Refusal;

/** A resident who moved gives the new address; then proves it as at signup. */
@Controller
class MoveController {

    private final Moves moves;

    MoveController(Moves moves) {
        this.moves = moves;
    }

    @GetMapping("/demenagement")
    String form(Model model) {
        model.addAttribute("address", AddressForm.empty());
        model.addAttribute("move", new MoveForm(""));
        return "account/move";
    }

    @PostMapping("/demenagement")
    String move(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("address") AddressForm address,
            BindingResult result, @Valid @ModelAttribute("move") MoveForm form, BindingResult flatResult,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (!result.hasErrors() && !flatResult.hasErrors()) {
            try {
                moves.move(user.id(), address, form);
                redirect.addFlashAttribute("success", "account.move.done");
                return "redirect:/verification";
            } catch (Refusal refusal) {
                // an address the directory does not know, or outside every neighbourhood: said on the form
                result.rejectValue(refusal.field(), refusal.code(), refusal.arguments(), null);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return "account/move";
    }
}
