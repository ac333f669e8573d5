package org.voisinage.request;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.voisinage.account.CurrentUser;
import org.voisinage.account.Residents;
import org.voisinage.account.Viewer;
import org.voisinage.common.Refusal;
import org.voisinage.common.web.RefusalAdvice;
import org.voisinage.neighbourhood.Neighbourhoods;
import org.voisinage.request.RequestForms.HandleForm;
import org.voisinage.request.RequestForms.MessageForm;
import org.voisinage.request.RequestForms.NewRequestForm;

/** A resident's private requests to staff, and the page of one request (its resident's and staff's). */
@Controller
class RequestController {

    private final StaffRequests requests;
    private final Residents residents;
    private final Neighbourhoods neighbourhoods;

    RequestController(StaffRequests requests, Residents residents, Neighbourhoods neighbourhoods) {
        this.requests = requests;
        this.residents = residents;
        this.neighbourhoods = neighbourhoods;
    }

    @GetMapping("/demandes")
    String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("requests", requests.mine(user.id()));
        return "request/mine";
    }

    @GetMapping("/demandes/nouvelle")
    String newForm(Model model) {
        model.addAttribute("form", new NewRequestForm(null, "", ""));
        model.addAttribute("categories", RequestCategory.values());
        model.addAttribute("maxPhotos", StaffRequests.MAX_PHOTOS);
        return "request/new";
    }

    @PostMapping("/demandes/nouvelle")
    String open(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") NewRequestForm form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = requests.open(user.id(), form);
                redirect.addFlashAttribute("success", "request.flash.sent");
                return "redirect:/demandes/" + id;
            } catch (Refusal refusal) {
                refusal.rejectOn(result);
                response.setStatus(RefusalAdvice.status(refusal));
            }
        } else {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        model.addAttribute("categories", RequestCategory.values());
        model.addAttribute("maxPhotos", StaffRequests.MAX_PHOTOS);
        return "request/new";
    }

    @GetMapping("/demandes/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        return page(id, residents.viewer(user), model);
    }

    /** The resident's message, or staff's answer (emailed to the resident). */
    @PostMapping("/demandes/{id}")
    String write(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @ModelAttribute("form") MessageForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, user, result, model, response, redirect, "request.flash.written",
                viewer -> requests.write(id, viewer, form.body(), false, form.uploads()));
    }

    /**
     * A photo of the request (or its thumbnail), for those who may read its message; kept by nobody's cache, the
     * browser's included, as the page itself (a private request's photos may show someone's home).
     */
    @GetMapping("/demandes/{id}/photos/{name}")
    ResponseEntity<Resource> photo(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @PathVariable String name) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore().cachePrivate())
                .contentType(MediaType.IMAGE_JPEG)
                .body(new FileSystemResource(requests.photo(id, name, residents.viewer(user))));
    }

    private String page(long id, Viewer viewer, Model model) {
        RequestPage request = requests.page(id, viewer);
        model.addAttribute("request", request);
        // the staff's side of the page for staff of its territory only (the service refuses the others' actions)
        model.addAttribute("staff", viewer.staffOf(request.territoryId()));
        model.addAttribute("maxPhotos", StaffRequests.MAX_PHOTOS);
        if (!model.containsAttribute("handle")) {
            model.addAttribute("handle", new HandleForm(request.status(),
                    request.assigneeId() != null && request.assigneeId() == viewer.id()));
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new MessageForm(""));
        }
        if (!model.containsAttribute("note")) {
            model.addAttribute("note", new MessageForm(""));
        }
        model.addAttribute("statuses", RequestStatus.values());
        return "request/show";
    }

    /** Staff: the inbox, filtered by territory, status, and "assigned to me". */
    @GetMapping("/admin/demandes")
    String inbox(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long territoire,
            @RequestParam(required = false) RequestStatus statut, @RequestParam(defaultValue = "false") boolean miennes,
            Model model) {
        Viewer staff = residents.viewer(user);
        model.addAttribute("requests", requests.inbox(staff, territoire, statut, miennes));
        model.addAttribute("territories", neighbourhoods.territories().stream().filter(t -> staff.staffOf(t.id())).toList());
        model.addAttribute("statuses", RequestStatus.values());
        model.addAttribute("territoire", territoire);
        model.addAttribute("statut", statut);
        model.addAttribute("miennes", miennes);
        return "request/inbox";
    }

    /** Staff: a note for staff only. */
    @PostMapping("/admin/demandes/{id}/note")
    String note(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @ModelAttribute("note") MessageForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, user, result, model, response, redirect, "request.flash.noted",
                viewer -> requests.write(id, viewer, form.body(), true, form.uploads()));
    }

    /** Staff: the status, and taking the request. */
    @PostMapping("/admin/demandes/{id}/statut")
    String handle(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @ModelAttribute("handle") HandleForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, user, result, model, response, redirect, "request.flash.handled",
                viewer -> requests.handle(id, viewer, form.status(), Boolean.TRUE.equals(form.mine())));
    }

    /**
     * Does the change when the form is valid, then back to the request; else (or refused: a photo) the page again,
     * the form filled.
     */
    private String act(long id, CurrentUser user, BindingResult result, Model model, HttpServletResponse response,
            RedirectAttributes redirect, String done, java.util.function.Consumer<Viewer> change) {
        Viewer viewer = residents.viewer(user);
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(id, viewer, model);
        }
        try {
            change.accept(viewer);
        } catch (Refusal refusal) {
            refusal.rejectOn(result);
            response.setStatus(RefusalAdvice.status(refusal));
            return page(id, viewer, model);
        }
        redirect.addFlashAttribute("success", done);
        return "redirect:/demandes/" + id;
    }
}
