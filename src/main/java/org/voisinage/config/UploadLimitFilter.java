package org.voisinage.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Locale;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.voisinage.common.UploadProperties;

/**
 * Holds forms with files to {@link UploadProperties#maxRequestSize()} except on the staff imports, before anything
 * reads them (the security filters read a multipart form to find its CSRF token). Over the limit, the browser
 * goes back to the form's page with a translated message, as {@code directory.UploadTooLargeAdvice} does for the
 * servlet's own ceiling: nothing of such a body is read, so nothing of it can be shown again. It runs just after
 * Spring Session's filter, so that the message is kept in the session every instance reads (PostgreSQL).
 */
@Component
@Order(org.springframework.session.web.http.SessionRepositoryFilter.DEFAULT_ORDER + 10)
class UploadLimitFilter extends OncePerRequestFilter {

    static final String MESSAGE = "upload.tooLarge";

    private final UploadProperties limits;
    private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

    UploadLimitFilter(UploadProperties limits) {
        this.limits = limits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return true;
        }
        String path = path(request);
        return limits.largeUploadPaths().stream().anyMatch(large -> path.equals(large) || path.startsWith(large + "/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limits.maxRequestSize().toBytes();
        long length = request.getContentLengthLong();
        if (length > limit || (length < 0 && partsSize(request) > limit)) {
            FlashMap flash = new FlashMap();
            flash.put("error", MESSAGE);
            String path = path(request);
            String back = path.startsWith("/") && !path.startsWith("//") ? path : "/";
            flash.setTargetRequestPath(request.getContextPath() + back);
            flashMaps.saveOutputFlashMap(flash, request, response);
            response.sendRedirect(request.getContextPath() + back);
            return;
        }
        chain.doFilter(request, response);
    }

    /** A body sent without its length (chunked): read within the servlet's ceiling, then weighed. */
    private static long partsSize(HttpServletRequest request) {
        long total = 0;
        try {
            for (Part part : request.getParts()) {
                total += part.getSize();
            }
        } catch (IllegalStateException overTheCeiling) {
            return Long.MAX_VALUE;
        } catch (ServletException | IOException malformed) {
            return 0; // not a size matter: the form's own handling answers, as for any malformed form
        }
        return total;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
