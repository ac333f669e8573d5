package org.voisinage.webhook;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.voisinage.account.CurrentUser;
import org.voisinage.common.Refusal;

/**
 * Staff's webhook pages: the endpoints they manage, one endpoint's settings and delivery log, and its actions. A
 * secret is shown in the answer to the action that drew it, never stored in the session nor shown again.
 */
@Controller
@RequestMapping(WebhookAdminController.PATH)
class WebhookAdminController {

    static final String PATH = "/admin/webhooks";
    private static final String FORM = "webhook/admin/form";

    private final WebhookEndpoints endpoints;

    WebhookAdminController(WebhookEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("endpoints", endpoints.list(user.id()));
        return "webhook/admin/list";
    }

    @GetMapping("/nouveau")
    String create(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("webhookForm", WebhookForm.empty());
        return form(null, user, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("webhookForm") WebhookForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                return secret(endpoints.create(user.id(), form), model, response);
            } catch (Refusal e) {
                e.rejectOn(result);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(null, user, model);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("webhookForm", endpoints.formOf(id, user.id()));
        return form(id, user, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("webhookForm") WebhookForm form,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        endpoints.get(id, user.id());
        if (!result.hasErrors()) {
            try {
                endpoints.update(id, user.id(), form);
                redirect.addFlashAttribute("success", "webhook.flash.saved");
                return "redirect:" + PATH + "/" + id;
            } catch (Refusal e) {
                e.rejectOn(result);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(id, user, model);
    }

    @PostMapping("/{id}/suppression")
    String delete(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        endpoints.delete(id, user.id());
        redirect.addFlashAttribute("success", "webhook.flash.deleted");
        return "redirect:" + PATH;
    }

    @PostMapping("/{id}/secret")
    String rotate(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response) {
        return secret(endpoints.rotate(id, user.id()), model, response);
    }

    @PostMapping("/{id}/test")
    String ping(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        endpoints.ping(id, user.id());
        redirect.addFlashAttribute("success", "webhook.flash.pinged");
        return "redirect:" + PATH + "/" + id;
    }

    @PostMapping("/{id}/livraisons/{deliveryId}/rejouer")
    String replay(@PathVariable long id, @PathVariable long deliveryId, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        endpoints.replay(id, deliveryId, user.id());
        redirect.addFlashAttribute("success", "webhook.flash.replayed");
        return "redirect:" + PATH + "/" + id;
    }

    private String secret(WebhookViews.SecretShown shown, Model model, HttpServletResponse response) {
        // the one answer that holds the secret: no cache keeps it
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("shown", shown);
        return "webhook/admin/secret";
    }

    private String form(Long id, CurrentUser user, Model model) {
        model.addAttribute("endpointId", id);
        if (id != null) {
            model.addAttribute("endpoint", endpoints.get(id, user.id()));
            model.addAttribute("deliveries", endpoints.deliveries(id, user.id()));
            model.addAttribute("attempts", endpoints.attempts(id, user.id()));
        }
        model.addAttribute("territories", endpoints.territoriesFor(user.id()));
        model.addAttribute("everywhere", WebhookEndpoints.manages(
                endpoints.viewer(user.id()), null));
        model.addAttribute("eventTypes", WebhookEventType.subscribable());
        return FORM;
    }
}
