package org.voisinage.moderation;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.voisinage.common.web.ModuleSecurity;

/** The moderation module's access rules; its moderators' pages ({@code /moderation/**}) are the shell's role rule. */
@Component
class ModerationSecurity implements ModuleSecurity {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        // a suspended or banned resident cannot sign in, yet must be able to appeal
        requests.requestMatchers("/recours").permitAll();
    }
}
