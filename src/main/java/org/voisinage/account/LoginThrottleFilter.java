package org.voisinage.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before the password is checked: keeps the email typed for the sign-in page to show again, and stops a try that
 * must wait (see {@link LoginThrottle}), sending the person back to the page with how long to wait. The wait is
 * the same whether or not the email names an account. Added to the security chain by the security configuration.
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

    /** Session attributes read once by the sign-in page. */
    static final String TYPED_EMAIL = LoginThrottleFilter.class.getName() + ".email";
    static final String WAIT = LoginThrottleFilter.class.getName() + ".wait";

    private final LoginThrottle throttle;

    public LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && (request.getContextPath() + "/login").equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String email = request.getParameter("username");
        if (email == null) {
            chain.doFilter(request, response);
            return;
        }
        String typed = email.length() > 254 ? email.substring(0, 254) : email;
        request.getSession().setAttribute(TYPED_EMAIL, typed);
        Optional<LoginThrottle.Wait> wait = throttle.check(email, request.getRemoteAddr());
        if (wait.isPresent()) {
            request.getSession().setAttribute(WAIT, wait.get());
            response.sendRedirect(request.getContextPath() + "/login?wait");
            return;
        }
        chain.doFilter(request, response);
    }
}
