package org.voisinage.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.voisinage.account.CurrentUser;
import org.voisinage.account.Residents;
import org.voisinage.common.HeaderCounts;
import org.voisinage.neighbourhood.Neighbourhoods;

/**
 * What the layout's header shows on every page: {@code me}, the signed-in person read fresh (staff may
 * have verified them since they signed in), {@code myNeighbourhood}, the header's badges ({@code unreadNotifications},
 * {@code unreadMessages}: one statement for all),
 * {@code currentPath} and {@code navSection} (which header link gets {@code aria-current}).
 */
@ControllerAdvice
class LayoutModel {

    private final Residents residents;
    private final Neighbourhoods neighbourhoods;
    private final HeaderCounts headerCounts;

    LayoutModel(Residents residents, Neighbourhoods neighbourhoods, HeaderCounts headerCounts) {
        this.residents = residents;
        this.neighbourhoods = neighbourhoods;
        this.headerCounts = headerCounts;
    }

    @ModelAttribute
    void addViewer(Model model, @AuthenticationPrincipal CurrentUser user, HttpServletRequest request,
            HttpServletResponse response) {
        model.addAttribute("currentPath", request.getRequestURI());
        model.addAttribute("navSection", section(request.getRequestURI().substring(request.getContextPath().length())));
        model.addAttribute("requestId", response.getHeader("X-Request-Id"));
        if (user == null) {
            return;
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/admin")) {
            // the whole site's admin pages are not for staff limited to some territories: their links go
            // (the viewer is the one TerritoryStaffScope read for this request)
            model.addAttribute("wholeSiteAdmin", !residents.viewer(user).limitedStaff());
        }
        residents.find(user.id()).ifPresent(me -> {
            model.addAttribute("me", me);
            model.addAllAttributes(headerCounts.of(me.id()));
            if (me.neighbourhoodId() != null) {
                model.addAttribute("myNeighbourhood", neighbourhoods.get(me.neighbourhoodId()));
            }
        });
    }

    /** The header section a path belongs to, for {@code aria-current}: its first segment, a few pages grouped. */
    static String section(String path) {
        String first = path.startsWith("/") ? path.substring(1) : path;
        int slash = first.indexOf('/');
        first = slash < 0 ? first : first.substring(0, slash);
        return switch (first) {
            case "quartiers", "besoins", "alertes", "annonces", "voisins" -> "quartier";
            case "bons-plans", "professionnels" -> "organisations";
            case "compte", "account", "suivis" -> "account";
            default -> first;
        };
    }
}
