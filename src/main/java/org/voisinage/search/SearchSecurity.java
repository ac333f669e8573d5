package org.voisinage.search;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.voisinage.common.web.ModuleSecurity;

/** Anyone may search: visitors find what is public (each module's select says what), residents more. */
@Component
class SearchSecurity implements ModuleSecurity {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, "/recherche").permitAll();
    }
}
