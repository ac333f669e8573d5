package org.voisinage.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * For the load benchmark (bench/run.sh) only: {@code voisinage.bench.statement-header=true} adds an
 * {@code X-Statements} header, the SQL statements the request prepared (counted at the JDBC level, on the request's
 * thread) before its body was written. A page is rendered whole before its first byte (see
 * spring.thymeleaf.servlet.produce-partial-output-while-processing), so that is all of the page's queries; the
 * session's own update after the response is not counted. Off by default: nothing of it exists otherwise.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "voisinage.bench.statement-header", havingValue = "true")
class StatementHeaderConfiguration {

    private static final ThreadLocal<int[]> STATEMENTS = ThreadLocal.withInitial(() -> new int[1]);

    @Bean
    static BeanPostProcessor statementCountingDataSource() {
        return StatementCounting.installer(prepared -> STATEMENTS.get()[0]++);
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> statementHeaderFilter() {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                STATEMENTS.get()[0] = 0;
                chain.doFilter(request, new HttpServletResponseWrapper(response) {
                    @Override
                    public PrintWriter getWriter() throws IOException {
                        count();
                        return super.getWriter();
                    }

                    @Override
                    public ServletOutputStream getOutputStream() throws IOException {
                        count();
                        return super.getOutputStream();
                    }

                    private void count() {
                        if (!isCommitted() && !containsHeader("X-Statements")) {
                            setIntHeader("X-Statements", STATEMENTS.get()[0]);
                        }
                    }
                });
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
