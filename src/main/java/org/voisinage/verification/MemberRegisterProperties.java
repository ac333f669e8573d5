package org.voisinage.verification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The member register over time.
 *
 * @param leaverGracePeriod how long a member the register no longer lists keeps their verified status (time to
 *        correct a register's mistake, or for staff to keep them)
 * @param leaversCron when the leavers past their grace period lose their verified status
 */
@Validated
@ConfigurationProperties("voisinage.register")
record MemberRegisterProperties(@DefaultValue("30d") Duration leaverGracePeriod,
        @DefaultValue("0 20 4 * * *") String leaversCron) {}
