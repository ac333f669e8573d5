package org.voisinage.feed;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.voisinage.common.web.ModuleSecurity;

/** The feeds are public: readers send no cookie (a neighbourhood's, under /quartiers, is public in the shell). */
@Component
class FeedSecurity implements ModuleSecurity {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, "/territoires/*/flux.atom").permitAll();
    }
}
