package org.voisinage.config;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * The port of the actuator's own server when {@code management.server.port} (MANAGEMENT_SERVER_PORT) gives it one:
 * a port the reverse proxy never forwards, which Prometheus scrapes on the private network. The site's security
 * applies there too (Boot registers the same filter chain), so {@link #scrapeRequests()} lets the scrape through on
 * that port only; on the site's port the scrape stays staff's (config.SecurityConfiguration).
 */
@Component
class ManagementPort implements ApplicationListener<WebServerInitializedEvent> {

    /** -1 until a management server started: no separate port, no request matches. */
    private volatile int port = -1;

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if ("management".equals(event.getApplicationContext().getServerNamespace())) {
            port = event.getWebServer().getPort();
        }
    }

    /** The Prometheus scrape arriving on the management port. */
    RequestMatcher scrapeRequests() {
        return (HttpServletRequest request) -> port > 0 && request.getLocalPort() == port
                && "/actuator/prometheus".equals(request.getRequestURI());
    }
}
