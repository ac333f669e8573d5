package org.voisinage.common.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.CsrfConfigurer;

/**
 * What a module adds to the one security filter chain: the requests it opens beyond "signed in" (public pages,
 * links that carry their own credential), and rarely a request that cannot carry a CSRF token. One bean per
 * module, beside its controllers, so that a module's URLs and who may reach them are read in one place.
 * <p>
 * The shell ({@code config.SecurityConfiguration}) applies every module's rules after its own public pages
 * (static resources, sign-in, sign-up) and before its role rules ({@code /admin/**} staff, {@code /moderation/**}
 * moderators) and "anything else: signed in". A module matches only its own URLs: rules are applied in no
 * particular order, so two modules must never match the same request.
 */
public interface ModuleSecurity {

    /** The module's own access rules, typically {@code requestMatchers(...).permitAll()}. */
    void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);

    /** Requests of this module that cannot carry a CSRF token and are safe without one; none by default. */
    default void csrf(CsrfConfigurer<HttpSecurity> csrf) {
    }
}
