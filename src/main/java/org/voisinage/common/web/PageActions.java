package org.voisinage.common.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.voisinage.common.Refusal;

/**
 * An action on a page that shows several forms and buttons (an initiative's page, a challenge's management page):
 * done, the redirect it returns, with a flash; its form back with errors, or refused on one of its fields, the page
 * again with what was typed; any other refusal, the page again saying why (model attribute {@code refusal}). Each with
 * its 4xx status.
 */
public final class PageActions {

    private PageActions() {}

    /**
     * @param result the action's form's errors, or null for a button without a form
     * @param action runs the action and returns where to go then ({@code "redirect:..."})
     * @param page fills the model and names the page's view, to show it again
     */
    public static String run(BindingResult result, Model model, HttpServletResponse response,
            RedirectAttributes redirect, String successKey, Supplier<String> action, Supplier<String> page) {
        if (result != null && result.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page.get();
        }
        try {
            String done = action.get();
            redirect.addFlashAttribute("success", successKey);
            return done;
        } catch (Refusal e) {
            response.setStatus(RefusalAdvice.status(e));
            if (result != null && e.kind() == Refusal.Kind.INVALID) {
                // a form value only the service could judge: shown on its field
                e.rejectOn(result);
            } else {
                model.addAttribute("refusal", e.code());
            }
            return page.get();
        }
    }
}
