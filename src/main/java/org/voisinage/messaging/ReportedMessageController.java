package org.voisinage.messaging;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.voisinage.account.CurrentUser;

/** Moderators read a private message only when it was reported; each reading is logged in the audit trail. */
@Controller
class ReportedMessageController {

    private final ReportedMessages reported;

    ReportedMessageController(ReportedMessages reported) {
        this.reported = reported;
    }

    @GetMapping("/moderation/messages/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("reported", reported.read(id, user.id()));
        return "messaging/reported";
    }
}
