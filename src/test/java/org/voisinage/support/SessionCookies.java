package org.voisinage.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Signing in through the real form and keeping the cookies the browser would keep: sessions live in PostgreSQL
 * (Spring Session), found again by their cookie, never by a MockHttpSession.
 */
public final class SessionCookies {

    public static final String SESSION = "SESSION";
    public static final String REMEMBER_ME = "remember-me";

    private SessionCookies() {}

    /** The cookies set by a sign-in with this password (the session, and the remember-me cookie if asked). */
    public static Cookie[] signIn(MockMvc mvc, String email, String password, boolean rememberMe) throws Exception {
        var login = post("/login").param("username", email).param("password", password).with(csrf());
        if (rememberMe) {
            login.param("remember-me", "on");
        }
        return cookiesOf(mvc.perform(login).andReturn());
    }

    /** The cookies of a response that set some (an empty max-age deletes one: left out). */
    public static Cookie[] cookiesOf(MvcResult result) {
        return Arrays.stream(result.getResponse().getCookies()).filter(c -> c.getMaxAge() != 0).toArray(Cookie[]::new);
    }

    /** Only the named cookie of these. */
    public static Cookie named(Cookie[] cookies, String name) {
        return Arrays.stream(cookies).filter(c -> c.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no cookie " + name + " in " + Arrays.toString(cookies)));
    }

    /** The session id inside the session cookie (Spring Session writes it in base64). */
    public static String sessionId(Cookie[] cookies) {
        return new String(java.util.Base64.getDecoder().decode(named(cookies, SESSION).getValue()),
                java.nio.charset.StandardCharsets.UTF_8);
    }
}
