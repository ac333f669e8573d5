package org.voisinage.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
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
import org.voisinage.account.StaffScopedObjects;
import org.voisinage.account.Viewer;
import org.voisinage.common.NotFoundException;

/**
 * Staff limited to some territories see and act only there: an admin page about another territory (by its
 * {@code territoryId}), or about a person living there (by {@code residentId}, or a person's {@code id} under
 * {@code /admin/people}), answers 404 as if it did not exist, before the controller runs. Creating a territory is an
 * administrator's or global staff's work. The rule itself is {@link Viewer#staffOf}; lists filter with it too.
 *
 * <p>Some admin pages hold nothing of one territory, only the whole site's: the audit log, the outbox, the digests,
 * the address directory's and the member register's imports, the challenge actions' catalogue, the waiting list
 * (people of no neighbourhood yet). Those stay with administrators and global staff: 404 for limited staff.
 * Objects of other modules' admin pages (an organisation, a challenge, a need, a request) are asked of their module,
 * {@link StaffScopedObjects}.
 */
@Component
class TerritoryStaffScope implements HandlerInterceptor, WebMvcConfigurer {

    /** The whole site's admin pages (and everything under them): not a limited staff member's. */
    static final List<String> WHOLE_SITE = List.of("/admin/audit", "/admin/outbox", "/admin/digests",
            "/admin/addresses", "/admin/members", "/admin/challenges/actions", "/admin/waitlist");

    private final Residents residents;
    private final List<StaffScopedObjects> objects;

    TerritoryStaffScope(Residents residents, List<StaffScopedObjects> objects) {
        this.residents = residents;
        this.objects = objects;
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
        if (WHOLE_SITE.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"))) {
            throw new NotFoundException("page", path);
        }
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
        for (StaffScopedObjects scoped : objects) {
            String prefix = scoped.adminPath() + "/";
            if (path.startsWith(prefix)) {
                String segment = path.substring(prefix.length()).split("/", 2)[0];
                Long id = number(segment);
                if (id != null && !scoped.staffOf(viewer, id)) {
                    throw new NotFoundException(scoped.adminPath(), id);
                }
            }
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
