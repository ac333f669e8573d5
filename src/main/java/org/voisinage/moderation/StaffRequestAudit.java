package org.voisinage.moderation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.voisinage.account.CurrentUser;

/**
 * The safety net of the audit trail: every staff or moderator action done through the staff pages
 * ({@code /admin/**}, {@code /moderation/**}) and not already written to the trail by its module (modules write
 * what they do in words of their own: {@code "moderation.hide"}) is written here, as the request that did it. An
 * action is a POST that succeeded, which on these pages means a redirect (a form with errors renders again, and
 * nothing was done). The reason, when the form had one, goes with it.
 */
@Component
class StaffRequestAudit implements HandlerInterceptor, WebMvcConfigurer {

    private static final String RECORDED = StaffRequestAudit.class.getName() + ".recorded";
    private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final List<String> REASON_FIELDS = List.of("reason", "note", "message", "answer", "comment");

    private final AuditTrail trail;

    StaffRequestAudit(AuditTrail trail) {
        this.trail = trail;
    }

    /** Called by {@link AuditTrail#record}: this request's action is already in the trail. */
    static void recorded() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(RECORDED, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/admin/**", "/moderation/**");
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception failure) {
        int status = response.getStatus();
        if (failure != null || !CHANGING.contains(request.getMethod()) || status < 300 || status >= 400
                || request.getAttribute(RECORDED) != null) {
            return;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        trail.record(user.id(), "request." + request.getMethod().toLowerCase(), abbreviate(path, 120),
                reason(request));
    }

    private static String reason(HttpServletRequest request) {
        for (String field : REASON_FIELDS) {
            String value = request.getParameter(field);
            if (value != null && !value.isBlank()) {
                return abbreviate(value.strip(), 2000);
            }
        }
        return null;
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
