package org.voisinage.messaging;

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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.voisinage.account.CurrentUser;
import org.voisinage.common.Paging;

/** The inbox, starting a conversation, a conversation's pages and messages (htmx or plain posts), the exchange. */
@Controller
class ConversationController {

    private static final int INBOX_PAGE_SIZE = 20;

    private final Conversations conversations;
    private final ConversationStarting starting;
    private final MessageSending sending;
    private final ExchangeCompletion exchanges;

    ConversationController(Conversations conversations, ConversationStarting starting, MessageSending sending,
            ExchangeCompletion exchanges) {
        this.conversations = conversations;
        this.starting = starting;
        this.sending = sending;
        this.exchanges = exchanges;
    }

    @GetMapping("/messages")
    String inbox(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", conversations.inbox(user.id(), Paging.page(page, INBOX_PAGE_SIZE)));
        return "messaging/inbox";
    }

    @GetMapping("/messages/nouveau")
    String startPage(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String sujet,
            @RequestParam(required = false) Long id, @RequestParam(required = false) Long resident, Model model) {
        NewConversation prepared = starting.prepare(user.id(), sujet, id, resident);
        if (prepared.existingId() != null) {
            return "redirect:/messages/" + prepared.existingId();
        }
        model.addAttribute("prepared", prepared);
        model.addAttribute("form", new NewConversationForm(sujet, id, resident, ""));
        return "messaging/new";
    }

    @PostMapping("/messages/nouveau")
    String start(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") NewConversationForm form,
            BindingResult result, Model model, HttpServletResponse response) {
        if (result.hasErrors()) {
            model.addAttribute("prepared", starting.prepare(user.id(), form.sujet(), form.id(), form.resident()));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "messaging/new";
        }
        long conversationId = starting.start(user.id(), form.sujet(), form.id(), form.resident(), form.text());
        return "redirect:/messages/" + conversationId;
    }

    @GetMapping("/messages/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("conversation", conversations.page(id, user.id(), page));
        model.addAttribute("form", MessageForm.empty());
        return "messaging/conversation";
    }

    /** With htmx: answers the message fragment (and a fresh form); without: back to the conversation. */
    @PostMapping("/messages/{id}")
    String send(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @ModelAttribute("form") MessageForm form, BindingResult result,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            HttpServletResponse response) {
        boolean fragment = "true".equals(htmx);
        if (result.hasErrors()) {
            if (fragment) {
                // htmx swaps 2xx answers only: the form comes back with its message
                model.addAttribute("conversationId", id);
                return "messaging/fragments :: composer";
            }
            model.addAttribute("conversation", conversations.page(id, user.id(), 0));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "messaging/conversation";
        }
        MessageView message = sending.send(id, user.id(), form.text());
        if (fragment) {
            model.addAttribute("conversationId", id);
            model.addAttribute("message", message);
            model.addAttribute("form", MessageForm.empty());
            return "messaging/fragments :: posted";
        }
        return "redirect:/messages/" + id + "#message-" + message.id();
    }

    @PostMapping("/messages/{id}/fait")
    String markDone(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(defaultValue = "true") boolean donne, RedirectAttributes redirect) {
        exchanges.markDone(id, user.id(), donne);
        redirect.addFlashAttribute("success", "messaging.exchange.markedDone");
        return "redirect:/messages/" + id;
    }

    @PostMapping("/messages/{id}/confirmer")
    String confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        exchanges.confirm(id, user.id());
        redirect.addFlashAttribute("success", "messaging.exchange.confirmed");
        return "redirect:/messages/" + id;
    }
}
