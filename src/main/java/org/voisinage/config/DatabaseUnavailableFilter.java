package org.voisinage.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * While PostgreSQL cannot be reached (stopped, restarting, a failover), every page answers 503 with a short
 * translated page, at once (the pool waits at most {@code spring.datasource.hikari.connection-timeout} for a
 * connection), instead of a 500 with a stack trace in the log for each request. It runs before everything that reads
 * the database (the session, the security context, the layout), and the page it writes reads nothing from it: the
 * normal error page would fetch the session again. Once the database is back, the pool reconnects by itself.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    static final String TEMPLATE = "error/503";
    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final ObjectProvider<ITemplateEngine> templates;
    private final ObjectProvider<LocaleResolver> locales;

    DatabaseUnavailableFilter(ObjectProvider<ITemplateEngine> templates, ObjectProvider<LocaleResolver> locales) {
        this.templates = templates;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!databaseUnreachable(e) || response.isCommitted()) {
                throw e;
            }
            // one line, no stack trace: the cause is known, and a log line per request is enough
            log.warn("Database unreachable, {} {} answered 503: {}", request.getMethod(), request.getRequestURI(),
                    rootCause(e));
            answerUnavailable(request, response);
        }
    }

    private void answerUnavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", "10");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        LocaleResolver resolver = locales.getIfAvailable();
        Locale locale = resolver == null ? Locale.FRENCH : resolver.resolveLocale(request);
        ITemplateEngine engine = templates.getIfAvailable();
        if (engine == null) {
            response.getWriter().write("503");
            return;
        }
        engine.process(TEMPLATE, new Context(locale), response.getWriter());
    }

    /** Whether this failure is the database being out of reach, rather than a fault of the request. */
    static boolean databaseUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof ConnectException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            // 08: connection exceptions; 57P01-57P03: the server shutting down or starting up
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }

    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }
}
