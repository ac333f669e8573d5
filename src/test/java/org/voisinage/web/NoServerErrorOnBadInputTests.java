package org.voisinage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.voisinage.support.TestData;

/**
 * Every page and form of the application, found from the controllers themselves, meets garbage (ids that
 * are not numbers, unknown ids, empty or absurd parameters) as anonymous, pending resident and staff:
 * the answer may be a 4xx or a page with messages, never a 5xx.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class NoServerErrorOnBadInputTests {

    private static final List<String> GARBAGE = List.of("abc", "-1", "999999999", "99999999999999999999",
            "%27%22%3Cscript%3E");

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Test
    void noEndpointAnswersBadInputWithAServerError() throws Exception {
        long neighbourhood = data.neighbourhood(data.territory(), 150.0, -60.0, 150.01, -59.99);
        List<UserDetails> people = new ArrayList<>();
        people.add(null);
        people.add(data.user(data.resident("RESIDENT", "PENDING", neighbourhood, null)));
        people.add(data.user(data.resident("ADMIN", "VERIFIED", null, null)));
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            Set<String> patterns = entry.getKey().getPatternValues();
            Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
            for (String pattern : patterns) {
                if (pattern.startsWith("/error")) {
                    continue;
                }
                for (String value : GARBAGE) {
                    String url = pattern.replaceAll("\\{[^}]+}", value);
                    for (UserDetails person : people) {
                        for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                            MockHttpServletRequestBuilder request = switch (method) {
                                case POST -> post(url).with(csrf()).param("id", value).param("page", value)
                                        .param("email", value).param("token", value).param("status", value)
                                        .param("role", value).param("version", value);
                                default -> get(url).param("page", value).param("status", value).param("q", value)
                                        .param("token", value).param("address", value);
                            };
                            if (person != null) {
                                request.with(user(person));
                            }
                            int status;
                            try {
                                status = mvc.perform(request).andReturn().getResponse().getStatus();
                            } catch (Exception e) {
                                // an exception reaching MockMvc would be a 500 in the servlet container
                                status = 500;
                            }
                            requests++;
                            if (status >= 500) {
                                failures.add(method + " " + url + " as " + (person == null ? "anonymous" : person.getUsername())
                                        + " -> " + status);
                            }
                        }
                    }
                }
            }
        }
        assertThat(requests).isGreaterThan(100);
        assertThat(failures).isEmpty();
    }
}
