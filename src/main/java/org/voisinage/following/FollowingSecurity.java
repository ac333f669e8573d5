package org.voisinage.following;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.CsrfConfigurer;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.stereotype.Component;
import org.voisinage.common.web.ModuleSecurity;

/** Email followers have no account: the key or token in the link is the credential. */
@Component
class FollowingSecurity implements ModuleSecurity {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/suivre/email", "/suivre/confirmer/**", "/desabonnement/**").permitAll();
    }

    /** RFC 8058 one-click unsubscribe: mail clients post with no cookie, so no CSRF token; only this path. */
    @Override
    public void csrf(CsrfConfigurer<HttpSecurity> csrf) {
        csrf.ignoringRequestMatchers(
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/desabonnement/{key}"));
    }
}
