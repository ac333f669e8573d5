package org.voisinage.initiative;

import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.voisinage.account.CurrentUser;
import org.voisinage.common.web.PageActions;

/**
 * The initiative page as its controllers show it: on a visit, and again when an action on it is refused or its form
 * comes back with errors (what was typed kept, with a 4xx). The one piece every action on the page goes through.
 */
@Component
class InitiativePageView {

    private final InitiativePages pages;
    private final java.util.List<InitiativePageSection> sections;

    InitiativePageView(InitiativePages pages, java.util.List<InitiativePageSection> sections) {
        this.pages = pages;
        this.sections = sections;
    }

    String show(long id, CurrentUser user, Model model) {
        InitiativeViews.Page page = pages.page(id, user == null ? null : user.id());
        model.addAttribute("initiative", page);
        var context = new InitiativePageSection.Context(id, page.initiative().title(), page.initiative().neighbourhoodId(),
                user == null ? null : user.id(), page.viewer().joined(), page.viewer().organiser());
        model.addAttribute("sections", sections.stream().map(s -> new InitiativePageSection.Shown(s.template(),
                s.fragment(), s.model(context))).filter(s -> s.model() != null).toList());
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

    /** An action on the page ({@code result}: its form's, or null), then back to the page's top. */
    String act(long id, BindingResult result, CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect, String successKey, Runnable action) {
        return actToAnchor(id, result, user, model, response, redirect, successKey, () -> {
            action.run();
            return "";
        });
    }

    /** An action on the page, then back to the page at the anchor it returns; see {@link PageActions}. */
    String actToAnchor(long id, BindingResult result, CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect, String successKey, Supplier<String> action) {
        return PageActions.run(result, model, response, redirect, successKey,
                () -> "redirect:" + Initiatives.path(id) + action.get(), () -> show(id, user, model));
    }
}
