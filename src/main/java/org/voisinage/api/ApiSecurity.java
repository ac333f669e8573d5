package org.voisinage.api;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.voisinage.common.RateLimits;
import org.voisinage.common.web.ModuleSecurity;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read API's own security filter chain for {@code /api/**}, before the pages' one: stateless (no session, no
 * CSRF token, no sign-in redirect, no saved request), bearer tokens ({@link ApiTokenFilter}); the controller asks
 * each module's access policy. CORS is closed by default: a browser page may call only from an origin an
 * application token allows, with that token. On the pages' chain, the OpenAPI document and its page are public.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurity implements ModuleSecurity {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/api-docs").permitAll();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, RateLimits rateLimits, MessageSource messages,
            LocaleResolver localeResolver, JsonMapper json) throws Exception {
        ApiTokenFilter tokenFilter = new ApiTokenFilter(tokens, rateLimits, messages, localeResolver, json);
        return http.securityMatcher(ApiController.BASE + "/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .cors(cors -> cors.configurationSource(cors(tokens)))
                // the token is known before CORS is decided: an actual request's origin must be its token's
                .addFilterBefore(tokenFilter, CorsFilter.class)
                .build();
    }

    /**
     * A preflight (no token) passes when a live application token allows its origin; an actual request when its
     * own token does. Anything else gets no CORS header: the browser keeps the answer from the page.
     */
    static CorsConfigurationSource cors(ApiTokens tokens) {
        return request -> {
            String origin = request.getHeader("Origin");
            if (origin == null) {
                return null;
            }
            boolean preflight = "OPTIONS".equals(request.getMethod())
                    && request.getHeader("Access-Control-Request-Method") != null;
            boolean allowed = preflight ? tokens.originAllowed(origin)
                    : ApiController.caller(request).origins().contains(origin);
            if (!allowed) {
                return null;
            }
            CorsConfiguration configuration = new CorsConfiguration();
            configuration.setAllowedOrigins(List.of(origin));
            configuration.setAllowedMethods(List.of("GET", "HEAD"));
            configuration.setAllowedHeaders(List.of("Authorization", "If-None-Match", "Accept", "Accept-Language"));
            configuration.setExposedHeaders(List.of("ETag", "Link", "Retry-After"));
            configuration.setMaxAge(600L);
            return configuration;
        };
    }
}
