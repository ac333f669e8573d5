package org.voisinage.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes NUL characters out of request parameters before anything reads them. Nobody types one, and PostgreSQL
 * refuses it in text ("invalid byte sequence for encoding UTF8: 0x00"): a NUL pasted or forged into any field or
 * search would end in a server error instead of the form's own messages. Everything else typed is kept as it was.
 * It runs after {@link UploadLimitFilter}, so an oversized upload is turned away before its fields are read.
 */
@Component
@Order(org.springframework.session.web.http.SessionRepositoryFilter.DEFAULT_ORDER + 20)
class NulCharacterFilter extends OncePerRequestFilter {

    private static final String NUL = "\u0000";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Map<String, String[]> parameters = request.getParameterMap();
        boolean found = parameters.values().stream()
                .anyMatch(values -> values != null && java.util.Arrays.stream(values).anyMatch(v -> v != null && v.contains(NUL)));
        chain.doFilter(found ? new WithoutNul(request, parameters) : request, response);
    }

    /** The request with its parameters cleaned of NULs (the body is left alone: only parameters are bound). */
    static final class WithoutNul extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        WithoutNul(HttpServletRequest request, Map<String, String[]> original) {
            super(request);
            Map<String, String[]> cleaned = new LinkedHashMap<>();
            original.forEach((name, values) -> {
                String[] copy = values == null ? null : new String[values.length];
                for (int i = 0; copy != null && i < values.length; i++) {
                    copy[i] = values[i] == null ? null : values[i].replace(NUL, "");
                }
                cleaned.put(name.replace(NUL, ""), copy);
            });
            this.parameters = Collections.unmodifiableMap(cleaned);
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }
    }
}
