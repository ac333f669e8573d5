package org.voisinage.initiative;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
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
import org.voisinage.common.Paging;
import org.voisinage.common.Refusal;
import org.voisinage.common.web.RefusalAdvice;

/**
 * The initiatives' pages: the public list with search and filters, proposing one, its page (public parts for anyone,
 * the members-only parts for verified neighbours), and every action on it. Refusals come back on the page with their
 * message and a 4xx status.
 */
@Controller
class InitiativeController {

    private static final int PAGE_SIZE = 12;

    private final Initiatives initiatives;
    private final InitiativeFeed feed;

    InitiativeController(Initiatives initiatives, InitiativeFeed feed) {
        this.initiatives = initiatives;
        this.feed = feed;
    }

    @GetMapping("/initiatives")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) InitiativeTheme theme,
            @RequestParam(required = false) InitiativeStatus status, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("page", feed.list(q, theme, status, Paging.page(page, PAGE_SIZE)));
        model.addAttribute("q", q);
        model.addAttribute("theme", theme);
        model.addAttribute("status", status);
        model.addAttribute("themes", InitiativeTheme.values());
        model.addAttribute("statuses", InitiativeStatus.values());
        return "initiative/list";
    }

    /** The home feed's radius, remembered for the resident. */
    @PostMapping("/initiatives/rayon")
    String radius(@RequestParam(defaultValue = "0") int radius, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            feed.rememberRadius(user.id(), radius);
            redirect.addFlashAttribute("success", "initiative.feed.radius.saved");
        } catch (Refusal e) {
            redirect.addFlashAttribute("error", e.code());
        }
        return "redirect:/";
    }

    // Proposing

    @GetMapping("/initiatives/nouvelle")
    String proposeForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("initiativeForm", InitiativeForm.empty());
        return proposePage(user, model, List.of());
    }

    @PostMapping("/initiatives")
    String propose(@Valid @ModelAttribute("initiativeForm") InitiativeForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return proposePage(user, model, List.of());
        }
        try {
            long id = initiatives.propose(user.id(), form);
            redirect.addFlashAttribute("success", "initiative.proposed");
            return "redirect:/initiatives/" + id;
        } catch (Refusal e) {
            response.setStatus(RefusalAdvice.status(e));
            e.rejectOn(result);
            return proposePage(user, model, e instanceof PlaceToPick pick ? pick.suggestions() : List.of());
        }
    }

    private String proposePage(CurrentUser user, Model model, List<?> suggestions) {
        model.addAttribute("themes", InitiativeTheme.values());
        model.addAttribute("carriers", initiatives.carriersFor(user.id()));
        model.addAttribute("suggestions", suggestions);
        return "initiative/propose";
    }

    // The page

    @GetMapping("/initiatives/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return page(id, user, model);
    }

    private String page(long id, CurrentUser user, Model model) {
        model.addAttribute("initiative", initiatives.page(id, user == null ? null : user.id()));
        if (!model.containsAttribute("needForm")) {
            model.addAttribute("needForm", NeedForm.empty());
        }
        if (!model.containsAttribute("offerForm")) {
            model.addAttribute("offerForm", OfferForm.empty());
        }
        if (!model.containsAttribute("commentForm")) {
            model.addAttribute("commentForm", CommentForm.empty());
        }
        if (!model.containsAttribute("updateForm")) {
            model.addAttribute("updateForm", CommentForm.empty());
        }
        if (!model.containsAttribute("statusForm")) {
            model.addAttribute("statusForm", StatusForm.empty());
        }
        model.addAttribute("needKinds", NeedKind.values());
        model.addAttribute("statuses", InitiativeStatus.values());
        return "initiative/show";
    }

    /** The page again, saying why, with the refusal's 4xx status. */
    private String refused(long id, Refusal e, CurrentUser user, Model model, HttpServletResponse response) {
        response.setStatus(RefusalAdvice.status(e));
        model.addAttribute("refusal", e.code());
        return page(id, user, model);
    }

    /** A form of the page came back with errors: the page again with what was typed and a 400. */
    private String invalid(long id, CurrentUser user, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(id, user, model);
    }

    private static String done(long id, String message, RedirectAttributes redirect) {
        redirect.addFlashAttribute("success", message);
        return "redirect:/initiatives/" + id;
    }

    // Members

    @PostMapping("/initiatives/{id}/rejoindre")
    String join(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            initiatives.join(id, user.id());
            return done(id, "initiative.joined", redirect);
        } catch (Refusal e) {
            return refused(id, e, user, model, response);
        } catch (DataIntegrityViolationException e) {
            // two clicks at once: the unique key said no to the second
            return refused(id, Refusal.conflict("initiative.join.already"), user, model, response);
        }
    }

    @PostMapping("/initiatives/{id}/quitter")
    String leave(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            initiatives.leave(id, user.id());
            return done(id, "initiative.left", redirect);
        } catch (Refusal e) {
            return refused(id, e, user, model, response);
        }
    }

    @PostMapping("/initiatives/{id}/coorganisateurs")
    String coOrganiser(@PathVariable long id, @RequestParam(defaultValue = "0") long memberId,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            initiatives.nameCoOrganiser(id, user.id(), memberId);
            return done(id, "initiative.coOrganiser.named", redirect);
        } catch (Refusal e) {
            return refused(id, e, user, model, response);
        }
    }

    // Status

    @PostMapping("/initiatives/{id}/statut")
    String status(@PathVariable long id, @Valid @ModelAttribute("statusForm") StatusForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return invalid(id, user, model, response);
        }
        try {
            initiatives.changeStatus(id, user.id(), form);
            return done(id, "initiative.status.changed", redirect);
        } catch (Refusal e) {
            if (e.kind() == Refusal.Kind.INVALID) {
                e.rejectOn(result);
                return invalid(id, user, model, response);
            }
            return refused(id, e, user, model, response);
        }
    }

    // Needs and offers

    @PostMapping("/initiatives/{id}/besoins")
    String addNeed(@PathVariable long id, @Valid @ModelAttribute("needForm") NeedForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return invalid(id, user, model, response);
        }
        try {
            initiatives.addNeed(id, user.id(), form);
            return done(id, "initiative.need.added", redirect);
        } catch (Refusal e) {
            return refused(id, e, user, model, response);
        }
    }

    @PostMapping("/initiatives/{id}/besoins/{needId}/offres")
    String offer(@PathVariable long id, @PathVariable long needId, @Valid @ModelAttribute("offerForm") OfferForm form,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        model.addAttribute("offerNeedId", needId);
        if (result.hasErrors()) {
            // one offer form per need: the error is shown on the one that was sent
            // the error itself, translated by the page: a quantity that is no number has no default message to show
            model.addAttribute("offerError", result.getAllErrors().get(0));
            return invalid(id, user, model, response);
        }
        try {
            initiatives.offer(id, needId, user.id(), form);
            return done(id, "initiative.offer.sent", redirect);
        } catch (Refusal e) {
            return refused(id, e, user, model, response);
        }
    }

    @PostMapping("/initiatives/{id}/offres/{offerId}/accepter")
    String accept(@PathVariable long id, @PathVariable long offerId, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return decide(id, offerId, true, user, model, response, redirect);
    }

    @PostMapping("/initiatives/{id}/offres/{offerId}/refuser")
    String decline(@PathVariable long id, @PathVariable long offerId, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return decide(id, offerId, false, user, model, response, redirect);
    }

    private String decide(long id, long offerId, boolean accept, CurrentUser user, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            initiatives.decideOffer(id, offerId, user.id(), accept);
            return done(id, accept ? "initiative.offer.accepted" : "initiative.offer.declined", redirect);
        } catch (Refusal e) {
            return refused(id, e, user, model, response);
        }
    }

    // Discussion and news

    @PostMapping("/initiatives/{id}/commentaires")
    String comment(@PathVariable long id, @Valid @ModelAttribute("commentForm") CommentForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return invalid(id, user, model, response);
        }
        try {
            long commentId = initiatives.comment(id, user.id(), form);
            redirect.addFlashAttribute("success", "initiative.comment.posted");
            return "redirect:/initiatives/" + id + "#comment-" + commentId;
        } catch (Refusal e) {
            return refused(id, e, user, model, response);
        }
    }

    @GetMapping("/initiatives/{id}/commentaires/{commentId}/modifier")
    String editCommentForm(@PathVariable long id, @PathVariable long commentId,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        var comment = initiatives.page(id, user.id()).comments().stream().filter(c -> c.id() == commentId && c.mine())
                .findFirst().orElseThrow(() -> new org.voisinage.common.NotFoundException("comment", commentId));
        model.addAttribute("initiativeId", id);
        model.addAttribute("commentId", commentId);
        model.addAttribute("editable", comment.editable());
        model.addAttribute("commentForm", new CommentForm(comment.body()));
        return "initiative/edit-comment";
    }

    @PostMapping("/initiatives/{id}/commentaires/{commentId}/modifier")
    String editComment(@PathVariable long id, @PathVariable long commentId,
            @Valid @ModelAttribute("commentForm") CommentForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                initiatives.editComment(id, commentId, user.id(), form);
                redirect.addFlashAttribute("success", "initiative.comment.edited");
                return "redirect:/initiatives/" + id + "#comment-" + commentId;
            } catch (Refusal e) {
                response.setStatus(RefusalAdvice.status(e));
                result.reject(e.code());
            }
        } else {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("initiativeId", id);
        model.addAttribute("commentId", commentId);
        model.addAttribute("editable", true);
        return "initiative/edit-comment";
    }

    @PostMapping("/initiatives/{id}/commentaires/{commentId}/supprimer")
    String deleteComment(@PathVariable long id, @PathVariable long commentId,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            initiatives.deleteComment(id, commentId, user.id());
            return done(id, "initiative.comment.deleted", redirect);
        } catch (Refusal e) {
            return refused(id, e, user, model, response);
        }
    }

    @PostMapping("/initiatives/{id}/nouvelles")
    String postUpdate(@PathVariable long id, @Valid @ModelAttribute("updateForm") CommentForm form,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return invalid(id, user, model, response);
        }
        try {
            initiatives.postUpdate(id, user.id(), form);
            return done(id, "initiative.update.posted", redirect);
        } catch (Refusal e) {
            return refused(id, e, user, model, response);
        }
    }
}
