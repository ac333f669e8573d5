package org.voisinage.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.voisinage.common.RateLimits;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read API's way in, on its own stateless filter chain: a {@code Bearer} token is recognised (its caller left on
 * the request for the controller) or refused with 401; then every call takes one try from its rate limit, per token
 * or, for anonymous callers, per address, kept in PostgreSQL ({@link RateLimits}): 429 with Retry-After when none is
 * left. Its refusals are problem details, as the controller's.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    static final String PLAN_PER_TOKEN = "api-per-token";
    static final String PLAN_PER_ADDRESS = "api-per-ip";

    private final ApiTokens tokens;
    private final RateLimits rateLimits;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    ApiTokenFilter(ApiTokens tokens, RateLimits rateLimits, MessageSource messages, LocaleResolver locales,
            JsonMapper json) {
        this.tokens = tokens;
        this.rateLimits = rateLimits;
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader("Authorization");
        ApiCaller caller = ApiCaller.ANONYMOUS;
        if (authorization != null) {
            Optional<ApiCaller> found = authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                    ? tokens.recognise(authorization.substring(7).strip()) : Optional.empty();
            if (found.isEmpty()) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"voisinage\", error=\"invalid_token\"");
                problem(request, response, 401, "api.tokenInvalid");
                return;
            }
            caller = found.get();
        }
        RateLimits.Decision decision = rateLimits.tryConsume(
                caller.anonymous() ? PLAN_PER_ADDRESS : PLAN_PER_TOKEN, caller.rateLimitKey(request.getRemoteAddr()));
        if (!decision.allowed()) {
            response.setHeader("Retry-After", String.valueOf(decision.retryAfterSeconds()));
            problem(request, response, 429, "api.rateLimited", decision.retryAfterSeconds());
            return;
        }
        request.setAttribute(ApiCaller.ATTRIBUTE, caller);
        chain.doFilter(request, response);
    }

    private void problem(HttpServletRequest request, HttpServletResponse response, int status, String code,
            Object... arguments) throws IOException {
        Locale locale = locales.resolveLocale(request);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status == 401 ? "Unauthorized" : "Too Many Requests");
        problem.put("status", status);
        problem.put("detail", messages.getMessage(code, arguments, code, locale));
        problem.put("instance", request.getRequestURI());
        problem.put("code", code);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
}
