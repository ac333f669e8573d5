package org.voisinage.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import java.io.IOException;
import java.util.HashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.session.autoconfigure.SessionAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.web.context.servlet.AnnotationConfigServletWebApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.SessionRepository;
import org.springframework.session.web.http.CookieSerializer.CookieValue;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.test.web.servlet.MockMvc;

/** Headers on every response, and the session cookie as production sets it. */
@SpringBootTest
@AutoConfigureMockMvc
class SecurityHeadersAndCookiesTests {

    @Autowired MockMvc mvc;

    @Test
    void everyResponseTurnsOffCameraMicrophoneGeolocationAndTheOtherPowerfulFeatures() throws Exception {
        for (String path : new String[] {"/", "/login", "/css/voisinage.css", "/no-such-page", "/account"}) {
            mvc.perform(get(path))
                    .andExpect(header().string("Permissions-Policy", org.hamcrest.Matchers.allOf(
                            org.hamcrest.Matchers.containsString("camera=()"),
                            org.hamcrest.Matchers.containsString("microphone=()"),
                            org.hamcrest.Matchers.containsString("geolocation=()"),
                            org.hamcrest.Matchers.containsString("payment=()"))));
        }
    }

    /**
     * Spring Session's own cookie configuration, fed the application's properties with the prod profile on top. The
     * context has no servlet context, as under the embedded server (with one, Boot would take it for a WAR
     * deployment and read the container's cookie settings instead).
     */
    @Test
    void inProductionTheSessionCookieIsAHostOnlySecureCookie() {
        embeddedServerLike()
                .withConfiguration(AutoConfigurations.of(SessionAutoConfiguration.class))
                .withBean(SessionRepository.class, () -> new MapSessionRepository(new HashMap<>()))
                .withInitializer(context -> {
                    var sources = context.getEnvironment().getPropertySources();
                    sources.addFirst(load("application-prod.properties"));
                    sources.addLast(load("application.properties"));
                })
                .run(context -> {
                    DefaultCookieSerializer serializer = context.getBean(DefaultCookieSerializer.class);
                    var request = new MockHttpServletRequest("GET", "/account");
                    var response = new MockHttpServletResponse();
                    serializer.writeCookieValue(new CookieValue(request, response, "a-session-id"));
                    String cookie = response.getHeader("Set-Cookie");
                    assertThat(cookie).startsWith("__Host-SESSION=").contains("; Secure").contains("; Path=/;")
                            .contains("; HttpOnly").contains("SameSite=Lax").doesNotContainIgnoringCase("Domain=");
                });
    }

    @Test
    void outsideProductionTheSessionCookieWorksOverPlainHttp() {
        embeddedServerLike()
                .withConfiguration(AutoConfigurations.of(SessionAutoConfiguration.class))
                .withBean(SessionRepository.class, () -> new MapSessionRepository(new HashMap<>()))
                .withInitializer(context -> context.getEnvironment().getPropertySources()
                        .addLast(load("application.properties")))
                .run(context -> {
                    var response = new MockHttpServletResponse();
                    context.getBean(DefaultCookieSerializer.class).writeCookieValue(
                            new CookieValue(new MockHttpServletRequest("GET", "/"), response, "a-session-id"));
                    assertThat(response.getHeader("Set-Cookie")).startsWith("SESSION=").contains("; HttpOnly")
                            .doesNotContain("Secure");
                });
    }

    private static WebApplicationContextRunner embeddedServerLike() {
        return new WebApplicationContextRunner(AnnotationConfigServletWebApplicationContext::new);
    }

    private static org.springframework.core.env.PropertySource<?> load(String file) {
        try {
            return new PropertiesPropertySourceLoader().load(file, new ClassPathResource(file)).get(0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
