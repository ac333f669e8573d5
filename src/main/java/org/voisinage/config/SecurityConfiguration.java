package org.voisinage.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.voisinage.account.LoginThrottle;
import org.voisinage.account.LoginThrottleFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** No inline script anywhere: templates load scripts from /js and /webjars only. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    /** No page asks for a device or a sensor: every powerful feature is off, for the pages and any frame. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
            + "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), "
            + "publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=(), "
            + "browsing-topics=()";

    @Bean
    SecurityFilterChain web(HttpSecurity http, UserDetailsService users, LoginThrottle loginThrottle,
            org.springframework.security.core.session.SessionRegistry sessions, @Value("${voisinage.security.remember-me-key:}") String rememberMeKey,
            @Value("${voisinage.security.csrf-cookie-name:XSRF-TOKEN}") String csrfCookieName) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error",
                                "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/", "/login", "/signup/**", "/password/**", "/email/**", "/quartiers/**",
                                "/neighbourhoods/**", "/about")
                        .permitAll()
                        // challenges are public pages; the target answers through its signed link, without an account
                        .requestMatchers(HttpMethod.GET, "/defis", "/defis/**", "/territoires/*/tendances").permitAll()
                        .requestMatchers(HttpMethod.POST, "/defis/*/reponse").permitAll()
                        // agenda: public events for anyone; calendar applications fetch feeds without a cookie (the token is in the URL)
                        .requestMatchers(HttpMethod.GET, "/agenda", "/agenda/a-venir", "/agenda/archives", "/agenda/evenements/{id:[0-9]+}", "/agenda/evenements/*.ics", "/agenda/quartiers/*.ics").permitAll()
                        // following: email followers have no account; the key or token in the link is the credential
                        .requestMatchers("/suivre/email", "/suivre/confirmer/**", "/desabonnement/**").permitAll()
                        // exchange: the emailed one-click extension works without signing in (signed, single-use)
                        .requestMatchers("/echanges/*/prolonger").permitAll()
                        // moderation: a suspended or banned resident cannot sign in, yet must be able to appeal
                        .requestMatchers("/recours").permitAll()
                        // the directory of organisations and the good deals are public; members edit, residents recommend signed in
                        .requestMatchers(HttpMethod.GET, "/organisations", "/organisations/*", "/bons-plans").permitAll()
                        // initiatives: the list and each page are public (their members-only parts are left out)
                        .requestMatchers(HttpMethod.GET, "/initiatives", "/initiatives/{id:[0-9]+}").permitAll()
                        .requestMatchers("/admin/**").hasRole("STAFF")
                        .requestMatchers("/moderation/**").hasRole("MODERATOR")
                        .anyRequest().authenticated())
                // RFC 8058 one-click unsubscribe: mail clients post with no cookie, so no CSRF token; only this path
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens(csrfCookieName)).ignoringRequestMatchers(
                        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/desabonnement/{key}")))
                .addFilterBefore(new LoginThrottleFilter(loginThrottle), UsernamePasswordAuthenticationFilter.class)
                // the registry reads Spring Session's store (account.SignedInSessions), where a sanction, a new
                // password or a new role deletes all of a person's sessions, for every instance
                .sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessions)
                        .expiredUrl("/login?ended"))
                .formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut").permitAll())
                .rememberMe(rememberMe -> rememberMe
                        // without a configured key, remember-me cookies last until the next restart
                        .key(rememberMeKey.isBlank() ? java.util.UUID.randomUUID().toString() : rememberMeKey)
                        .userDetailsService(users)
                        .tokenValiditySeconds(30 * 24 * 3600))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /**
     * CSRF tokens in a cookie (double submit), not in the session: sessions live in PostgreSQL, and an anonymous visitor
     * reading a page with a form (follow by email, sign in) must not write a session row. HttpOnly: forms carry the
     * token in a hidden field, no script reads the cookie. A {@code __Host-} name (production) is always Secure.
     */
    static CsrfTokenRepository csrfTokens(String cookieName) {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieName(cookieName);
        tokens.setCookiePath("/");
        if (cookieName.startsWith("__Host-")) {
            tokens.setCookieCustomizer(cookie -> cookie.secure(true));
        }
        return tokens;
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role("ADMIN").implies("STAFF")
                .role("STAFF").implies("MODERATOR")
                .role("MODERATOR").implies("RESIDENT")
                .build();
    }

    /** Publishes sign-in successes and failures as events: the login throttle counts them. */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        return new DefaultAuthenticationEventPublisher(events);
    }

    /** Sign-in by password; a suspended or banned resident is refused only once the password was right. */
    @Bean
    org.springframework.security.authentication.dao.DaoAuthenticationProvider authenticationProvider(
            UserDetailsService users, PasswordEncoder passwordEncoder,
            org.springframework.security.core.userdetails.UserDetailsPasswordService outdatedHashes) {
        var provider = new org.springframework.security.authentication.dao.DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwordEncoder);
        // a password still hashed with bcrypt is rehashed with Argon2id once it matched (account.PasswordHashing)
        provider.setUserDetailsPasswordService(outdatedHashes);
        provider.setPreAuthenticationChecks(user -> { });
        provider.setPostAuthenticationChecks(new org.voisinage.account.SanctionCheck());
        return provider;
    }
}
