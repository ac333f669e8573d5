package org.voisinage.initiative;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.voisinage.account.CurrentUser;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;
import org.voisinage.common.web.RefusalAdvice;

/** An initiative's discussion (comments, their editing and deleting) and its organisers' news. */
@Controller
class InitiativeDiscussionController {

    private final InitiativeDiscussion discussion;
    private final InitiativeNews news;
    private final InitiativePages pages;
    private final InitiativePageView page;

    InitiativeDiscussionController(InitiativeDiscussion discussion, InitiativeNews news, InitiativePages pages,
            InitiativePageView page) {
        this.discussion = discussion;
        this.news = news;
        this.pages = pages;
        this.page = page;
    }

    @PostMapping("/initiatives/{id}/commentaires")
    String comment(@PathVariable long id, @Valid @ModelAttribute("commentForm") CommentForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return page.actToAnchor(id, result, user, model, response, redirect, "initiative.comment.posted",
                () -> "#comment-" + discussion.comment(id, user.id(), form));
    }

    @GetMapping("/initiatives/{id}/commentaires/{commentId}/modifier")
    String editCommentForm(@PathVariable long id, @PathVariable long commentId,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        var comment = pages.page(id, user.id()).comments().stream().filter(c -> c.id() == commentId && c.mine())
                .findFirst().orElseThrow(() -> new NotFoundException("comment", commentId));
        model.addAttribute("commentForm", new CommentForm(comment.body()));
        return editCommentPage(id, commentId, comment.editable(), model);
    }

    @PostMapping("/initiatives/{id}/commentaires/{commentId}/modifier")
    String editComment(@PathVariable long id, @PathVariable long commentId,
            @Valid @ModelAttribute("commentForm") CommentForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                discussion.editComment(id, commentId, user.id(), form);
                redirect.addFlashAttribute("success", "initiative.comment.edited");
                return "redirect:" + Initiatives.path(id) + "#comment-" + commentId;
            } catch (Refusal e) {
                response.setStatus(RefusalAdvice.status(e));
                result.reject(e.code());
            }
        } else {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return editCommentPage(id, commentId, true, model);
    }

    private static String editCommentPage(long id, long commentId, boolean editable, Model model) {
        model.addAttribute("initiativeId", id);
        model.addAttribute("commentId", commentId);
        model.addAttribute("editable", editable);
        return "initiative/edit-comment";
    }

    @PostMapping("/initiatives/{id}/commentaires/{commentId}/supprimer")
    String deleteComment(@PathVariable long id, @PathVariable long commentId,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return page.act(id, null, user, model, response, redirect, "initiative.comment.deleted",
                () -> discussion.deleteComment(id, commentId, user.id()));
    }

    @PostMapping("/initiatives/{id}/nouvelles")
    String postUpdate(@PathVariable long id, @Valid @ModelAttribute("updateForm") CommentForm form,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return page.act(id, result, user, model, response, redirect, "initiative.update.posted",
                () -> news.postUpdate(id, user.id(), form));
    }
}
