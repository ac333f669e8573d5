package org.voisinage.assisted;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.voisinage.account.AssistedAccountForm;
import org.voisinage.account.CurrentUser;
import org.voisinage.account.Language;
import org.voisinage.account.ResidentDetails;
import org.voisinage.account.Residents;
import org.voisinage.common.Refusal;
import org.voisinage.suggestion.SuggestionCategory;
import org.voisinage.suggestion.SuggestionForm;

/**
 * Staff: an assisted resident's account. The path names the resident as {@code residentId}, so staff limited to
 * other territories get 404 before the controller runs (web.TerritoryStaffScope); the service checks it again.
 */
@Controller
class AssistedController {

    private final AssistedParticipation assisted;
    private final Residents residents;

    AssistedController(AssistedParticipation assisted, Residents residents) {
        this.assisted = assisted;
        this.residents = residents;
    }

    @GetMapping("/admin/assisted/new")
    String newForm(Model model) {
        model.addAttribute("assistedAccountForm", AssistedAccountForm.empty());
        return creation(model);
    }

    @PostMapping("/admin/assisted")
    String create(@Valid @ModelAttribute AssistedAccountForm assistedAccountForm, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = assisted.create(assistedAccountForm, residents.viewer(user));
                redirect.addFlashAttribute("success", "assisted.created");
                return "redirect:/admin/assisted/" + id;
            } catch (Refusal refusal) {
                refusal.rejectOn(result);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return creation(model);
    }

    @GetMapping("/admin/assisted/{residentId}")
    String show(@PathVariable long residentId, @AuthenticationPrincipal CurrentUser user, Model model) {
        return page(residentId, user, model);
    }

    @PostMapping("/admin/assisted/{residentId}/pledge")
    String pledge(@PathVariable long residentId, @Valid @ModelAttribute AssistedForms.PledgeChoice pledgeChoice,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(residentId, result, () -> assisted.pledge(residentId, pledgeChoice.challengeId(),
                residents.viewer(user)), "assisted.pledge.done", user, model, response, redirect);
    }

    @PostMapping("/admin/assisted/{residentId}/rsvp")
    String rsvp(@PathVariable long residentId, @Valid @ModelAttribute AssistedForms.RsvpChoice rsvpChoice,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(residentId, result, () -> assisted.rsvp(residentId, rsvpChoice.eventId(), rsvpChoice.going(),
                residents.viewer(user)), "assisted.rsvp.done", user, model, response, redirect);
    }

    @PostMapping("/admin/assisted/{residentId}/need")
    String need(@PathVariable long residentId, @Valid @ModelAttribute SuggestionForm suggestionForm,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(residentId, result, () -> assisted.need(residentId, suggestionForm, residents.viewer(user)),
                "assisted.need.done", user, model, response, redirect);
    }

    @PostMapping("/admin/assisted/{residentId}/takeover")
    String takeover(@PathVariable long residentId, @Valid @ModelAttribute AssistedForms.TakeoverForm takeoverForm,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(residentId, result, () -> {
            try {
                assisted.offerTakeover(residentId, takeoverForm.takeoverEmail(), residents.viewer(user));
            } catch (Refusal refusal) {
                // the account layer names the field "email"; this page's field is "takeoverEmail"
                throw new Refusal(refusal.kind(), "takeoverEmail", refusal.code());
            }
        }, "assisted.takeover.sent", user, model, response, redirect);
    }

    @GetMapping("/admin/assisted/{residentId}/summary.pdf")
    ResponseEntity<byte[]> summary(@PathVariable long residentId, @AuthenticationPrincipal CurrentUser user) {
        byte[] pdf = assisted.summary(residentId, residents.viewer(user));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("voisinage-summary-" + residentId + ".pdf").build().toString())
                .body(pdf);
    }

    private String creation(Model model) {
        model.addAttribute("languages", Language.values());
        return "assisted/new";
    }

    /**
     * One form of the page: done (back to the page, saying so) when it binds and the action is not refused;
     * otherwise the page again, the form filled and its errors shown.
     */
    private String act(long residentId, BindingResult result, Runnable action, String doneMessage, CurrentUser user,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                action.run();
                redirect.addFlashAttribute("success", doneMessage);
                return "redirect:/admin/assisted/" + residentId;
            } catch (Refusal refusal) {
                refusal.rejectOn(result);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(residentId, user, model);
    }

    private String page(long residentId, CurrentUser user, Model model) {
        ResidentDetails person = assisted.resident(residentId, residents.viewer(user));
        model.addAttribute("person", person);
        model.addAttribute("challenges", assisted.openChallenges(residentId));
        model.addAttribute("events", assisted.comingEvents(residentId));
        model.addAttribute("recorded", assisted.recorded(residentId));
        model.addAttribute("categories", SuggestionCategory.values());
        if (!model.containsAttribute("pledgeChoice")) {
            model.addAttribute("pledgeChoice", new AssistedForms.PledgeChoice(null));
        }
        if (!model.containsAttribute("rsvpChoice")) {
            model.addAttribute("rsvpChoice", new AssistedForms.RsvpChoice(null, true));
        }
        if (!model.containsAttribute("suggestionForm")) {
            model.addAttribute("suggestionForm", SuggestionForm.empty());
        }
        if (!model.containsAttribute("takeoverForm")) {
            model.addAttribute("takeoverForm", new AssistedForms.TakeoverForm(""));
        }
        return "assisted/person";
    }
}
