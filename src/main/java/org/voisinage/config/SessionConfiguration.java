package org.voisinage.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Session JDBC as Spring Boot configures it, less one write per request: its filter moves the session's last
 * access time on every request, and the store then updates the session row (a write, WAL and a row lock per page
 * view, which queue when one person's browser loads several pages at once). Here the stored last access moves only
 * once it is {@link #LAST_ACCESS_PRECISION} old; a session whose attributes change is written as before. And a
 * request reads its session once (see {@link #SAVED_THIS_REQUEST}). Nothing outlives the request in memory: every request reads its session
 * from PostgreSQL, so a session deleted on one instance (a sanction, a new password, a sign-out) is gone for the next
 * request on every instance.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    /**
     * How stale the stored last access may be. Sessions end after 8 hours without a request
     * (server.servlet.session.timeout): ending one up to a minute early is harmless, a write per page view is not.
     */
    static final Duration LAST_ACCESS_PRECISION = Duration.ofMinutes(1);

    /** Set while a request runs through {@link #requestScope()}: outside one, nothing is remembered. */
    private static final ThreadLocal<Boolean> IN_REQUEST = new ThreadLocal<>();

    /**
     * The session the request under way saved. Spring Session's filter saves the session when the response is
     * committed and again once the request is done, and that second time reads it back from the store first
     * (spring-session#1731): a second read of the same row in the same request, which finds what was just saved.
     */
    private static final ThreadLocal<Session> SAVED_THIS_REQUEST = new ThreadLocal<>();

    /**
     * Around Spring Session's filter: what {@link #SAVED_THIS_REQUEST} holds lives exactly as long as the request,
     * so the next request on this thread (and on any instance) reads the session from PostgreSQL again.
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestScope() {
        OncePerRequestFilter scope = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                IN_REQUEST.set(Boolean.TRUE);
                try {
                    chain.doFilter(request, response);
                } finally {
                    IN_REQUEST.remove();
                    SAVED_THIS_REQUEST.remove();
                }
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(scope);
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }

    /**
     * Decorates the repository Spring Boot configured (timeout, table, cleanup job kept): declaring a repository
     * bean instead would turn Boot's JDBC session configuration off.
     */
    @Bean
    static BeanPostProcessor sessionsWrittenWhenChanged() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository sessions
                        ? new LastAccessOncePerPrecision<>(sessions) : bean;
            }
        };
    }

    /** The store, whose sessions ignore a new last access while the stored one is recent. */
    static final class LastAccessOncePerPrecision<S extends Session>
            implements FindByIndexNameSessionRepository<Session>, DisposableBean {

        private final FindByIndexNameSessionRepository<S> store;

        LastAccessOncePerPrecision(FindByIndexNameSessionRepository<S> store) {
            this.store = store;
        }

        @Override
        public Session createSession() {
            return store.createSession();
        }

        @Override
        public void save(Session session) {
            store.save(stored(session));
            if (IN_REQUEST.get() != null) {
                SAVED_THIS_REQUEST.set(session);
            }
        }

        @Override
        public Session findById(String id) {
            Session saved = SAVED_THIS_REQUEST.get();
            if (saved != null && saved.getId().equals(id)) {
                return saved;
            }
            S session = store.findById(id);
            return session == null ? null : new RecentlyAccessed<>(session);
        }

        @Override
        public void deleteById(String id) {
            Session saved = SAVED_THIS_REQUEST.get();
            if (saved != null && saved.getId().equals(id)) {
                SAVED_THIS_REQUEST.remove();
            }
            store.deleteById(id);
        }

        @Override
        public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return Map.copyOf(store.findByIndexNameAndIndexValue(indexName, indexValue));
        }

        /** The store's own clean-up job stops with the application, as it would undecorated. */
        @Override
        public void destroy() throws Exception {
            if (store instanceof DisposableBean disposable) {
                disposable.destroy();
            }
        }

        @SuppressWarnings("unchecked")
        private S stored(Session session) {
            return session instanceof RecentlyAccessed<?> recent ? (S) recent.stored : (S) session;
        }
    }

    /** A session read from the store: a new last access within the precision of the stored one changes nothing. */
    private static final class RecentlyAccessed<S extends Session> implements Session {

        private final S stored;

        RecentlyAccessed(S stored) {
            this.stored = stored;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (!lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(LAST_ACCESS_PRECISION))) {
                stored.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
