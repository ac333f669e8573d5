package org.voisinage.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.voisinage.account.CurrentUser;
import org.voisinage.account.ResidentDetails;
import org.voisinage.account.Residents;
import org.voisinage.account.Viewer;
import org.voisinage.common.NotFoundException;

/**
 * Staff limited to some territories see and act only there: an admin page about another territory (by its
 * {@code territoryId}), or about a person living there (by {@code residentId}, or a person's {@code id} under
 * {@code /admin/people}), answers 404 as if it did not exist, before the controller runs. Creating a territory is an
 * administrator's or global staff's work. The rule itself is {@link Viewer#staffOf}; lists filter with it too.
 */
@Component
class TerritoryStaffScope implements HandlerInterceptor, WebMvcConfigurer {

    private final Residents residents;

    TerritoryStaffScope(Residents residents) {
        this.residents = residents;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/admin/**", "/moderation/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
            return true;
        }
        Viewer viewer = residents.viewer(user);
        if (!viewer.limitedStaff()) {
            return true;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Map<String, String> vars = variables == null ? Map.of() : variables;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Long territory = number(vars.get("territoryId"));
        if (territory == null && path.startsWith("/admin/territories")) {
            territory = number(vars.get("id"));
            if (territory == null && !(path.equals("/admin/territories") && "GET".equals(request.getMethod()))) {
                throw new NotFoundException("territory", path); // a new territory: not a limited staff member's
            }
        }
        if (territory != null && !viewer.staffOf(territory)) {
            throw new NotFoundException("territory", territory);
        }
        Long person = number(vars.get("residentId"));
        if (person == null && path.startsWith("/admin/people/")) {
            person = number(vars.get("id"));
        }
        if (person != null) {
            Long neighbourhood = residents.details(person).map(ResidentDetails::neighbourhoodId).orElse(null);
            if (!viewer.staffOfNeighbourhood(neighbourhood)) {
                throw new NotFoundException("resident", person);
            }
        }
        return true;
    }

    private static Long number(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
