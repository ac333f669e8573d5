package org.voisinage.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.voisinage.account.CurrentUser;
import org.voisinage.common.Refusal;
import org.voisinage.common.web.RefusalAdvice;

/**
 * The one handler of a refusal no form took on its fields: a page in the site's layout that says why (the
 * refusal's message, translated), with the status its kind maps to and a way back to the page the action came from.
 * Controllers put a refusal about a field on their {@code BindingResult}; anything else reaches this page.
 */
@ControllerAdvice
class RefusalPage {

    private final LayoutModel layout;

    RefusalPage(LayoutModel layout) {
        this.layout = layout;
    }

    @ExceptionHandler(Refusal.class)
    String refused(Refusal refusal, Model model, @AuthenticationPrincipal CurrentUser user,
            HttpServletRequest request, HttpServletResponse response) {
        // exception handlers get an empty model: the layout's header is filled here as for any page
        layout.addViewer(model, user, request, response);
        response.setStatus(RefusalAdvice.status(refusal));
        model.addAttribute("refusal", refusal);
        model.addAttribute("back", backTo(request.getMethod(), request.getRequestURI().substring(request.getContextPath().length())));
        return "error/refused";
    }

    /**
     * Where "back" leads: to the page of the thing acted on ({@code /alertes/5} from {@code /alertes/5/resolue} or
     * {@code /agenda/evenements/4/modifier}); an action on no id leads to its section ({@code /messages} from
     * {@code /messages/nouveau}); a page refused as a whole leads home.
     */
    static String backTo(String method, String path) {
        String[] segments = path.split("/");
        int lastId = -1;
        for (int i = 0; i < segments.length; i++) {
            if (!segments[i].isEmpty() && segments[i].chars().allMatch(Character::isDigit)) {
                lastId = i;
            }
        }
        int keep;
        if (lastId >= 0 && lastId < segments.length - 1) {
            keep = lastId + 1;
        } else if (!"GET".equals(method) && !"HEAD".equals(method)) {
            keep = segments.length - 1;
        } else {
            return "/";
        }
        String back = String.join("/", Arrays.copyOfRange(segments, 0, Math.max(keep, 0)));
        return back.isEmpty() ? "/" : back;
    }
}
