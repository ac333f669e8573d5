package org.voisinage.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Gives every request an id (kept from a trusted proxy's X-Request-Id when well formed), puts it in the
 * logging context and the response, and logs one line per request with its outcome and duration.
 *
 * <p>The line names the route, not the path: {@code /desabonnement/{key}}, never the key. Paths carry secrets
 * (unsubscribe keys, follow confirmations) and logs are read and kept by more people than the database. The
 * route is the pattern of the handler that served the request, or would have (a request refused before it, by
 * the security filters, is matched after the fact); a path no handler matches has its token-like segments masked.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLoggingFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");
    /** A path segment that may be a key or a token: long, and made of the characters they are made of. */
    private static final Pattern TOKEN_LIKE = Pattern.compile("(?<=/)[A-Za-z0-9_~.=-]{16,}(?=/|$)");
    private static final Logger log = LoggerFactory.getLogger("org.voisinage.request");

    private final ObjectProvider<RequestMappingHandlerMapping> handlerMappings;

    RequestLoggingFilter(
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> handlerMappings) {
        this.handlerMappings = handlerMappings;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String incoming = request.getHeader(HEADER);
        String requestId = incoming != null && SAFE_ID.matcher(incoming).matches()
                ? incoming
                : UUID.randomUUID().toString();
        MDC.put("requestId", requestId);
        response.setHeader(HEADER, requestId);
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (!request.getRequestURI().startsWith("/css/") && !request.getRequestURI().startsWith("/webjars/")) {
                String route = route(request);
                log.atInfo()
                        .addKeyValue("method", request.getMethod())
                        .addKeyValue("route", route)
                        .addKeyValue("status", response.getStatus())
                        .addKeyValue("durationMs", millis)
                        .log("{} {} {} {}ms", request.getMethod(), route, response.getStatus(), millis);
            }
            MDC.remove("requestId");
        }
    }

    /** The pattern of the handler for this request ({@code /desabonnement/{key}}), else its path, tokens masked. */
    String route(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (pattern == null) {
            RequestMappingHandlerMapping mappings = handlerMappings.getIfAvailable();
            if (mappings != null) {
                try {
                    // finding the handler records its pattern in the request, as when it is served
                    mappings.getHandler(request);
                    pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
                } catch (Exception | LinkageError e) {
                    // no handler for this method or media type: the path, masked, says enough
                }
            }
        }
        if (pattern != null) {
            return pattern.toString();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return TOKEN_LIKE.matcher(path).replaceAll("{masked}");
    }
}
