package org.voisinage.account;

import java.util.List;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.voisinage.common.web.ModuleSecurity;

/**
 * The privacy page: what is kept, for how long and why. The periods are the defaults of the retention settings
 * ({@code voisinage.retention.*}, {@code voisinage.mail.sent-retention}) as the README documents them; each row's
 * texts are messages {@code privacy.<row>.what|period|why}.
 */
@Controller
class PrivacyController {

    /** The rows of the table, in order. */
    static final List<String> ROWS = List.of("account", "writings", "emails", "activities", "followRequests",
            "tokens", "exports", "audit", "verification", "sessions");

    @GetMapping("/privacy")
    String privacy(Model model) {
        model.addAttribute("rows", ROWS);
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
