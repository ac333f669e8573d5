package org.voisinage.messaging;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.voisinage.account.CurrentUser;
import org.voisinage.account.Residents;

/** Blocking and unblocking a resident (from their profile or a conversation); back to their profile. */
@Controller
class BlockController {

    private final Blocks blocks;
    private final Residents residents;

    BlockController(Blocks blocks, Residents residents) {
        this.blocks = blocks;
        this.residents = residents;
    }

    @PostMapping("/messages/bloquer/{residentId}")
    String block(@AuthenticationPrincipal CurrentUser user, @PathVariable long residentId, RedirectAttributes redirect) {
        residents.get(residentId);
        blocks.block(user.id(), residentId);
        redirect.addFlashAttribute("success", "messaging.block.done");
        return "redirect:/voisins/" + residentId;
    }

    @PostMapping("/messages/debloquer/{residentId}")
    String unblock(@AuthenticationPrincipal CurrentUser user, @PathVariable long residentId,
            RedirectAttributes redirect) {
        residents.get(residentId);
        blocks.unblock(user.id(), residentId);
        redirect.addFlashAttribute("success", "messaging.block.undone");
        return "redirect:/voisins/" + residentId;
    }
}
