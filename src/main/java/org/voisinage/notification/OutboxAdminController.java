package org.voisinage.notification;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.voisinage.common.Paging;

/** Staff's view of the outbox: what was sent, what waits or failed, and in demo mode the emails themselves. */
@Controller
@RequestMapping("/admin/outbox")
class OutboxAdminController {

    static final int PAGE_SIZE = 25;
    /**
     * The HTML body is shown on its own, never inside our pages: sandboxed (no script, an opaque origin, no
     * form), and loading nothing from outside (no tracking pixel fetched by staff's browser).
     */
    static final String HTML_PREVIEW_POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    private final Outbox outbox;
    private final OutboxSender sender;

    OutboxAdminController(Outbox outbox, OutboxSender sender) {
        this.outbox = outbox;
        this.sender = sender;
    }

    @GetMapping
    String list(@RequestParam(required = false) OutboxStatus status, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("emails", outbox.list(status, q, Paging.page(page, PAGE_SIZE)));
        model.addAttribute("statuses", OutboxStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        model.addAttribute("failedCount", outbox.count(OutboxStatus.FAILED));
        model.addAttribute("sendingEnabled", sender.isEnabled());
        return "notification/admin/outbox";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("email", outbox.get(id));
        model.addAttribute("sendingEnabled", sender.isEnabled());
        return "notification/admin/email";
    }

    @GetMapping("/{id}/html")
    ResponseEntity<String> html(@PathVariable long id) {
        OutboxMessage email = outbox.get(id);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", HTML_PREVIEW_POLICY)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(email.htmlBody());
    }

    @PostMapping("/{id}/retry")
    String retry(@PathVariable long id, RedirectAttributes redirect) {
        boolean rescheduled = outbox.retryNow(id);
        redirect.addFlashAttribute(rescheduled ? "success" : "error",
                rescheduled ? "notification.retry.done" : "notification.retry.refused");
        return "redirect:/admin/outbox/" + id;
    }

    /** Queues a test email to the signed-in staff member: checks the SMTP settings end to end. */
    @PostMapping("/test")
    String sendTest(Principal principal, Locale locale, RedirectAttributes redirect) {
        try {
            outbox.queue(Email.to(principal.getName(), locale, "notification/email/test", "email.test.subject")
                    .with("recipient", principal.getName()));
            redirect.addFlashAttribute("success", "notification.test.queued");
        } catch (IllegalArgumentException notAnAddress) {
            redirect.addFlashAttribute("error", "notification.test.refused");
        }
        return "redirect:/admin/outbox";
    }
}
