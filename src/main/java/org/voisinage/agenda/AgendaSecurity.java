package org.voisinage.agenda;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.voisinage.common.web.ModuleSecurity;

/**
 * Public events for anyone; calendar applications fetch feeds without a cookie (the token is in the URL).
 */
@Component
class AgendaSecurity implements ModuleSecurity {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, "/agenda", "/agenda/a-venir", "/agenda/archives",
                "/agenda/evenements/{id:[0-9]+}", "/agenda/evenements/*.ics", "/agenda/quartiers/*.ics").permitAll();
    }
}
