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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.voisinage.support.TestData;

/**
 * Every /admin URL the controllers declare, for every method, × {anonymous, resident, moderator, staff}:
 * anonymous people are sent to sign in, residents and moderators are refused, staff get past security.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class AdminAccessMatrixTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Test
    void onlyStaffGetIntoTheAdminArea() throws Exception {
        long neighbourhood = data.neighbourhood(data.territory(), 160.0, -62.0, 160.01, -61.99);
        var resident = data.user(data.resident("RESIDENT", "VERIFIED", neighbourhood, null));
        var moderator = data.user(data.resident("MODERATOR", "VERIFIED", neighbourhood, null));
        var staff = data.user(data.resident("STAFF", "VERIFIED", null, null));
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
            for (String pattern : entry.getKey().getPatternValues()) {
                if (!pattern.startsWith("/admin")) {
                    continue;
                }
                String url = pattern.replaceAll("\\{[^}]+}", "1");
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    checked++;
                    MockHttpServletResponse anonymous = call(method, url, null);
                    if (anonymous.getStatus() != 302 || !anonymous.getRedirectedUrl().endsWith("/login")) {
                        wrong.add(method + " " + url + " anonymous -> " + anonymous.getStatus());
                    }
                    for (var refused : List.of(resident, moderator)) {
                        int status = call(method, url, refused).getStatus();
                        if (status != 403) {
                            wrong.add(method + " " + url + " " + refused.getAuthorities() + " -> " + status);
                        }
                    }
                    int status = call(method, url, staff).getStatus();
                    if (status == 403 || status == 401 || status >= 500) {
                        wrong.add(method + " " + url + " staff -> " + status);
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(20);
        assertThat(wrong).isEmpty();
    }

    private MockHttpServletResponse call(RequestMethod method, String url,
            org.springframework.security.core.userdetails.UserDetails person) throws Exception {
        MockHttpServletRequestBuilder request = method == RequestMethod.POST ? post(url).with(csrf()) : get(url);
        if (person != null) {
            request.with(user(person));
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
