package org.voisinage.common;

import jakarta.validation.constraints.NotBlank;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The site's secrets and what it believes of the network in front of it. Sign-in's own settings are account's
 * ({@code voisinage.security.sign-in}, {@code voisinage.security.argon2}).
 *
 * @param linkSecret the key signing the links emailed to people without an account (a challenge's target, a
 *        listing's one-click extension), HMAC-SHA256; empty: a key drawn once and kept in the database (see {@link #linkKey})
 * @param trustedProxies the proxies whose {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are believed, as
 *        Tomcat's internal-proxies (CIDR blocks or a regular expression); empty: none is
 * @param rememberMeKey the key signing remember-me cookies; empty: a key drawn once and kept in the database,
 *        shared by every instance (see {@link #rememberMeKey(SiteSecrets)})
 * @param csrfCookieName the CSRF cookie's name; a {@code __Host-} name (production) is always sent Secure
 */
@Validated
@ConfigurationProperties("voisinage.security")
public record SecurityProperties(
        @DefaultValue("") String linkSecret,
        @DefaultValue("") String trustedProxies,
        @DefaultValue("") String rememberMeKey,
        @DefaultValue("XSRF-TOKEN") @NotBlank String csrfCookieName) {

    public SecurityProperties {
        linkSecret = linkSecret == null ? "" : linkSecret;
        trustedProxies = trustedProxies == null ? "" : trustedProxies.strip();
        rememberMeKey = rememberMeKey == null ? "" : rememberMeKey;
    }

    /**
     * The key to sign emailed links with: the configured secret, or without one the site's key kept in the database
     * ({@link SiteSecrets}), the same for every instance and across restarts.
     */
    public byte[] linkKey(SiteSecrets siteSecrets) {
        return linkSecret.isBlank() ? siteSecrets.key("link-signing") : linkSecret.getBytes(StandardCharsets.UTF_8);
    }

    /** The key signing remember-me cookies: the configured one, or the site's key kept in the database. */
    public String rememberMeKey(SiteSecrets siteSecrets) {
        return rememberMeKey.isBlank() ? java.util.HexFormat.of().formatHex(siteSecrets.key("remember-me"))
                : rememberMeKey;
    }
}
