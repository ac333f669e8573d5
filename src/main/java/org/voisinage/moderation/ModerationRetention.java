package org.voisinage.moderation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.voisinage.common.RetentionProperties;
import org.voisinage.common.RetentionRule;

/** What moderation keeps only for a while (applied nightly by common.RetentionDeletes). */
@Configuration(proxyBeanMethods = false)
class ModerationRetention {

    /**
     * Staff's audit trail (decisions, sanctions, role changes) answers "who did this, and why" for as long as someone
     * may still ask: {@code voisinage.retention.audit-logs}, then it goes.
     */
    @Bean
    RetentionRule oldAuditTrail() {
        return new RetentionRule("audit trail entries", "audit_trail", "at < ?", RetentionProperties::auditLogs);
    }
}
