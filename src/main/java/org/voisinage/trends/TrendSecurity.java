package org.voisinage.trends;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.voisinage.common.web.ModuleSecurity;

/**
 * The trends page and its CSV are open to anyone (a members-only territory's answer 404 to outsiders, in
 * {@link Trends}); the quarter's PDF is under {@code /admin}, staff's.
 */
@Component
class TrendSecurity implements ModuleSecurity {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, "/territoires/*/tendances/activite",
                "/territoires/*/tendances/activite.csv").permitAll();
    }
}
