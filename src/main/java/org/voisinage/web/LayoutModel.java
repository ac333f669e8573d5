package org.voisinage.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collection;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
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
 * {@code currentPath} and {@code navSection} (which header link gets {@code aria-current}), and {@code access}: what
 * the header shows to whom, worked out once here rather than by a dozen {@code sec:authorize} expressions (each
 * looked up the expression handler and evaluated a security expression: a twelfth of a signed-in page's CPU).
 */
@ControllerAdvice
class LayoutModel {

    private final Residents residents;
    private final Neighbourhoods neighbourhoods;
    private final HeaderCounts headerCounts;
    private final RoleHierarchy roles;
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    LayoutModel(Residents residents, Neighbourhoods neighbourhoods, HeaderCounts headerCounts, RoleHierarchy roles) {
        this.residents = residents;
        this.neighbourhoods = neighbourhoods;
        this.headerCounts = headerCounts;
        this.roles = roles;
    }

    /**
     * What the signed-in person may be offered in the header, as Spring Security's {@code isAuthenticated()} and
     * {@code hasRole(...)} (through the role hierarchy) answer it for this request; the pages' controllers still
     * ask their module's policy, this only chooses links.
     */
    record Access(boolean signedIn, boolean moderator, boolean staff) {

        static final Access ANONYMOUS = new Access(false, false, false);
    }

    Access access(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated() || trust.isAnonymous(authentication)) {
            return Access.ANONYMOUS;
        }
        Collection<? extends GrantedAuthority> reachable = roles.getReachableGrantedAuthorities(
                authentication.getAuthorities());
        return new Access(true, has(reachable, "ROLE_MODERATOR"), has(reachable, "ROLE_STAFF"));
    }

    private static boolean has(Collection<? extends GrantedAuthority> authorities, String role) {
        return authorities.stream().anyMatch(a -> role.equals(a.getAuthority()));
    }

    @ModelAttribute
    void addViewer(Model model, @AuthenticationPrincipal CurrentUser user, HttpServletRequest request,
            HttpServletResponse response) {
        model.addAttribute("currentPath", request.getRequestURI());
        model.addAttribute("navSection", section(request.getRequestURI().substring(request.getContextPath().length())));
        model.addAttribute("requestId", response.getHeader("X-Request-Id"));
        model.addAttribute("access", access(SecurityContextHolder.getContext().getAuthentication()));
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
