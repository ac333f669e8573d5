package org.voisinage.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.voisinage.common.RetentionProperties;
import org.voisinage.common.RetentionRule;

/** What account keeps only for a while (applied nightly by common.RetentionDeletes). */
@Configuration(proxyBeanMethods = false)
class AccountRetention {

    /**
     * Emailed account links (email confirmation, password reset) are only hashes, yet a used or expired one has
     * nothing left to do: it goes {@code voisinage.retention.expired-tokens} after it expired or was used.
     */
    @Bean
    RetentionRule expiredAccountLinks() {
        return new RetentionRule("expired or used account links", "account_token", "expires_at < ? or used_at < ?",
                RetentionProperties::expiredTokens);
    }
}
