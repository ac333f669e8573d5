package org.voisinage.verification;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.voisinage.common.RetentionProperties;
import org.voisinage.common.RetentionRule;

/**
 * What verification keeps only for a while once a resident's address is decided (applied nightly by
 * common.RetentionDeletes). No proof document is uploaded: staff review records only its decision and reason.
 */
@Configuration(proxyBeanMethods = false)
class VerificationRetention {

    /** Letters (a hashed code, the batch they were printed in) go after they were used, revoked or expired. */
    @Bean
    RetentionRule oldVerificationLetters() {
        return new RetentionRule("verification letters", "verification_letter", "closed_at < ? or expires_at < ?",
                RetentionProperties::verificationLetters);
    }

    /** The audit of each decision goes after {@code voisinage.retention.audit-logs}, like staff's audit trail. */
    @Bean
    RetentionRule oldVerificationAudit() {
        return new RetentionRule("verification audit entries", "verification_audit", "created_at < ?",
                RetentionProperties::auditLogs);
    }
}
