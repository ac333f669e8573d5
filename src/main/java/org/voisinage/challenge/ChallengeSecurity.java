package org.voisinage.challenge;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.voisinage.common.web.ModuleSecurity;

/** Challenges are public pages; the target answers through its signed link, without an account. */
@Component
class ChallengeSecurity implements ModuleSecurity {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, "/defis", "/defis/**", "/territoires/*/tendances").permitAll()
                .requestMatchers(HttpMethod.POST, "/defis/*/reponse").permitAll();
    }
}
