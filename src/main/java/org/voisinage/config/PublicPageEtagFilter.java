package org.voisinage.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * An ETag and {@code Cache-Control: private, no-cache} on the HTML pages anonymous visitors read, so that a browser
 * asking again with {@code If-None-Match} gets a 304 without the page (issue 12). Only where nothing in the page
 * belongs to one visitor: a GET from someone not signed in, with no session (no flash message, no saved request), a
 * 2xx HTML answer setting no cookie and without a CSRF token in it (a form's token is the visitor's own). Every other
 * answer keeps Spring
 * Security's {@code no-store}: signed-in pages, private pages and forms are never stored nor compared.
 *
 * <p>Runs inside the security filters (after them in order), where the authentication is known; the header the
 * page gets here keeps Spring Security's cache headers from being added when the response is committed.
 */
@Component
@Order(PublicPageEtagFilter.ORDER)
class PublicPageEtagFilter extends ShallowEtagHeaderFilter {

    /** Just after Spring Security's filter chain (SecurityFilterProperties.DEFAULT_FILTER_ORDER, -100). */
    static final int ORDER = -100 + 1;

    static final String CACHE_CONTROL = "private, no-cache";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"GET".equals(request.getMethod()) || signedIn() || request.getSession(false) != null
                || WebConfiguration.STATIC_FOLDERS.stream().anyMatch(folder -> path.startsWith("/" + folder + "/"))
                || path.startsWith("/webjars/") || path.startsWith("/actuator");
    }

    @Override
    protected boolean isEligibleForEtag(HttpServletRequest request, HttpServletResponse response, int status,
            InputStream body) {
        String type = response.getContentType();
        if (status < 200 || status >= 300 || type == null || !type.startsWith("text/html")
                || request.getSession(false) != null || signedIn() || !response.getHeaders("Set-Cookie").isEmpty()
                || holdsCsrfToken(body)) {
            return false;
        }
        response.setHeader("Cache-Control", CACHE_CONTROL);
        return super.isEligibleForEtag(request, response, status, body);
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    private static boolean holdsCsrfToken(InputStream body) {
        try {
            return new String(body.readAllBytes(), StandardCharsets.UTF_8).contains("name=\"_csrf\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
