package org.voisinage.config;

import org.apache.catalina.filters.RemoteIpFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.voisinage.common.SecurityProperties;

/**
 * Who the client is: the address of the connection, unless it is one of the configured proxies
 * ({@code voisinage.security.trusted-proxies}), whose {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are
 * then believed (Tomcat's RemoteIpValve rules: the right-most address that is not a trusted proxy). Anyone can
 * write those headers, so by default none is believed. Every rate limit keys on
 * {@code request.getRemoteAddr()} as this filter leaves it; Spring's ForwardedHeaderFilter
 * ({@code server.forward-headers-strategy=framework}) must stay off, since it believes everyone.
 */
@Configuration(proxyBeanMethods = false)
class TrustedProxiesConfiguration {

    @Bean
    FilterRegistrationBean<RemoteIpFilter> trustedProxiesFilter(SecurityProperties security) {
        RemoteIpFilter filter = new RemoteIpFilter();
        // Tomcat's default trusts every private address; here only what is configured, or nothing
        filter.setInternalProxies(security.trustedProxies());
        filter.setTrustedProxies("");
        filter.setRemoteIpHeader("X-Forwarded-For");
        filter.setProtocolHeader("X-Forwarded-Proto");
        FilterRegistrationBean<RemoteIpFilter> registration = new FilterRegistrationBean<>(filter);
        // before the request log and the security chain, so both see the client's address
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
