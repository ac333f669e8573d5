package org.voisinage.moderation;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.voisinage.common.web.ModuleSecurity;

/**
 * A suspended or banned resident cannot sign in, yet must be able to appeal. The moderators' own pages
 * ({@code /moderation/**}) are the shell's role rule.
 */
@Component
class ModerationSecurity implements ModuleSecurity {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/recours").permitAll();
    }
}
