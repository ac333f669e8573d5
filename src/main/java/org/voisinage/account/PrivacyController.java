package org.voisinage.account;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.voisinage.common.RetentionProperties;
import org.voisinage.common.web.ModuleSecurity;
import org.voisinage.notification.OutboxRetention;

/**
 * The privacy page: what is kept, for how long and why. The periods are the site's retention settings as configured
 * ({@code voisinage.retention.*}, {@code voisinage.mail.sent-retention}), in days, so the page never states a
 * period the jobs do not apply; each row's texts are messages {@code privacy.<row>.what|period|why}.
 */
@Controller
class PrivacyController {

    /** The rows of the table, in order. */
    static final List<String> ROWS = List.of("account", "writings", "emails", "activities", "followRequests",
            "tokens", "exports", "audit", "verification", "sessions");

    private final RetentionProperties retention;
    private final OutboxRetention sentEmails;

    PrivacyController(RetentionProperties retention, OutboxRetention sentEmails) {
        this.retention = retention;
        this.sentEmails = sentEmails;
    }

    @GetMapping("/privacy")
    String privacy(Model model) {
        model.addAttribute("rows", ROWS);
        model.addAttribute("days", Map.of(
                "emails", sentEmails.period().toDays(),
                "activities", retention.topicActivities().toDays(),
                "followRequests", retention.followRequests().toDays(),
                "tokens", retention.expiredTokens().toDays(),
                "audit", retention.auditLogs().toDays(),
                "verification", retention.verificationLetters().toDays()));
        return "account/privacy";
    }

    /** Anyone may read it, before signing up. */
    @Component
    static class Security implements ModuleSecurity {

        @Override
        public void authorize(
                AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
            requests.requestMatchers("/privacy").permitAll();
        }
    }
}
