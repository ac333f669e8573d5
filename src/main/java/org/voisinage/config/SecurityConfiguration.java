package org.voisinage.config;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.context.annotation.Configuration;
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
import org.voisinage.common.SecurityProperties;
import org.voisinage.common.web.ModuleSecurity;
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
            SecurityProperties security,
            org.voisinage.common.SiteSecrets siteSecrets, List<ModuleSecurity> modules,
            ManagementPort managementPort) throws Exception {
        http.authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error",
                                    "/actuator/health/**", "/actuator/info")
                            .permitAll()
                            // metrics (issue 13): open to the scraper on the management port only, staff's elsewhere
                            .requestMatchers(managementPort.scrapeRequests()).permitAll()
                            .requestMatchers("/actuator/prometheus").hasRole("STAFF")
                            // the web shell's own pages, and the way in: sign-in, sign-up and the emailed account links
                            .requestMatchers("/", "/login", "/signup/**", "/password/**", "/email/**", "/quartiers/**",
                                    "/neighbourhoods/**", "/about")
                            .permitAll();
                    // each module opens its own public pages and the links that carry their own credential
                    // (challenge.ChallengeSecurity, following.FollowingSecurity...), before the role rules
                    modules.forEach(module -> module.authorize(requests));
                    requests.requestMatchers("/admin/**").hasRole("STAFF")
                            .requestMatchers("/moderation/**").hasRole("MODERATOR")
                            .anyRequest().authenticated();
                })
                .csrf(csrf -> {
                    csrf.csrfTokenRepository(csrfTokens(security.csrfCookieName()));
                    modules.forEach(module -> module.csrf(csrf));
                })
                .addFilterBefore(new LoginThrottleFilter(loginThrottle), UsernamePasswordAuthenticationFilter.class)
                // no session registry: a sanction, a new password or a new role deletes all of a person's sessions from
                // Spring Session's store (account.SignedInSessions), so their next request, on any instance, finds no
                // session and is anonymous; a registry's ConcurrentSessionFilter only read the session a second time
                .formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut").permitAll())
                .rememberMe(rememberMe -> rememberMe
                        // without a configured key, the site's key in the database: every instance reads the cookie
                        .key(security.rememberMeKey(siteSecrets))
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
