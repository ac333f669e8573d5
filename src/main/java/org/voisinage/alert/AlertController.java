package org.voisinage.alert;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.voisinage.account.CurrentUser;
import org.voisinage.account.ResidentView;
import org.voisinage.common.Refusal;
import org.voisinage.common.web.RefusalAdvice;

/** Alerts: a neighbourhood's list, the guided form, an alert's page, resolving and retracting one. */
@Controller
class AlertController {

    private final Alerts alerts;

    AlertController(Alerts alerts) {
        this.alerts = alerts;
    }

    /** The viewer's neighbourhood's latest alerts (staff and moderators choose one with {@code neighbourhood}). */
    @GetMapping("/alertes")
    String list(@RequestParam(required = false) Long neighbourhood, Model model) {
        ResidentView me = (ResidentView) model.getAttribute("me");
        Long neighbourhoodId = neighbourhood != null ? neighbourhood : me == null ? null : me.neighbourhoodId();
        if (neighbourhoodId == null) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, null, "alert.refused.membersOnly");
        }
        model.addAttribute("alerts", alerts.latest(neighbourhoodId, me));
        model.addAttribute("canRaise", me.verified() && neighbourhoodId.equals(me.neighbourhoodId()));
        model.addAttribute("topic", Alerts.topic(neighbourhoodId));
        model.addAttribute("maxPerDay", alerts.maxPerDay());
        return "alert/list";
    }

    @GetMapping("/alertes/nouvelle")
    String create(Model model) {
        model.addAttribute("alertForm", AlertForm.empty());
        return form(model);
    }

    @PostMapping("/alertes")
    String raise(@Valid @ModelAttribute("alertForm") AlertForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = alerts.raise(user.id(), form);
                redirect.addFlashAttribute("success", "alert.flash.sent");
                return "redirect:/alertes/" + id;
            } catch (Refusal e) {
                e.rejectOn(result);
                response.setStatus(RefusalAdvice.status(e));
                return form(model);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(model);
    }

    @GetMapping("/alertes/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("alert", alerts.get(id, (ResidentView) model.getAttribute("me")));
        if (!model.containsAttribute("retractForm")) {
            model.addAttribute("retractForm", RetractForm.empty());
        }
        return "alert/show";
    }

    @PostMapping("/alertes/{id}/resolue")
    String resolve(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        alerts.resolve(id, user.id());
        redirect.addFlashAttribute("success", "alert.flash.resolved");
        return "redirect:/alertes/" + id;
    }

    @PostMapping("/alertes/{id}/retrait")
    String retract(@PathVariable long id, @Valid @ModelAttribute("retractForm") RetractForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(id, model);
        }
        alerts.retract(id, user.id(), form.reason());
        redirect.addFlashAttribute("success", "alert.flash.retracted");
        return "redirect:/alertes/" + id;
    }

    private String form(Model model) {
        model.addAttribute("categories", AlertCategory.values());
        model.addAttribute("maxPerDay", alerts.maxPerDay());
        return "alert/form";
    }
}
