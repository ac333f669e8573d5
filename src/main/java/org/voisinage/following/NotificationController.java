package org.voisinage.following;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.voisinage.account.CurrentUser;
import org.voisinage.common.Paging;

/** A signed-in resident's notifications: what happened on what they follow; mark one or all read. */
@Controller
class NotificationController {

    private static final int PAGE_SIZE = 30;

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String list(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("page", notifications.of(user.id(), Paging.page(page, PAGE_SIZE)));
        return "following/notifications";
    }

    @PostMapping("/notifications/{id}/lu")
    String markRead(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        notifications.markRead(user.id(), id);
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/tout-lu")
    String markAllRead(@AuthenticationPrincipal CurrentUser user) {
        notifications.markAllRead(user.id());
        return "redirect:/notifications";
    }
}
