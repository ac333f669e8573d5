package org.voisinage.messaging;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.voisinage.account.CurrentUser;

/** The header's unread count, {@code unreadMessages}, on every page of a signed-in person: one query. */
@ControllerAdvice
class UnreadMessagesAdvice {

    private final Conversations conversations;

    UnreadMessagesAdvice(Conversations conversations) {
        this.conversations = conversations;
    }

    @ModelAttribute
    void addUnreadCount(Model model, @AuthenticationPrincipal CurrentUser user) {
        if (user != null) {
            model.addAttribute("unreadMessages", conversations.unreadCount(user.id()));
        }
    }
}
