package org.voisinage.exchange;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.voisinage.common.web.ModuleSecurity;

/** The exchange module's access rules: one link works without an account. */
@Component
class ExchangeSecurity implements ModuleSecurity {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        // the emailed one-click extension works without signing in (signed, single-use)
        requests.requestMatchers("/echanges/*/prolonger").permitAll();
    }
}
