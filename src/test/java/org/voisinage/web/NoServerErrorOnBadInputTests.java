package org.voisinage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.voisinage.common.PhotosTests;
import org.voisinage.support.TestData;
import org.voisinage.web.HostileForms.Field;
import org.voisinage.web.MatrixFixtures.Role;

/**
 * Every page and form of the application, found from the controllers themselves, meets garbage (ids that
 * are not numbers, unknown ids, empty or absurd parameters) as anonymous, pending resident and staff; then every
 * form, on the real objects of the route matrix ({@link MatrixFixtures}), meets its own fields filled with hostile
 * values ({@link HostileForms}) as anonymous, pending, verified resident, moderator and admin: the answer may be a
 * 4xx or a page with messages, never a 5xx.
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
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    /**
     * Hostile rounds per route for the resident of A, and for the moderator or the admin where the route lets them
     * further than the resident (as {@link RouteAccessDeclarations} says); after a round of plausible values. Where
     * they are let no further, and for the anonymous and the pending, one hostile round: the run stays short.
     */
    private static final int HOSTILE_ROUNDS = 3;

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

    @Test
    void everyFormMeetsHostileValuesInItsOwnFieldsOnRealObjects() throws Exception {
        long started = System.nanoTime();
        MatrixFixtures f = new MatrixFixtures(data, jdbc).create(MatrixFixtures.Services.of(context));
        RouteAccessMatrixTests.Table table = new RouteAccessMatrixTests.Table();
        RouteAccessDeclarations.declare(table);
        Map<String, HandlerMethod> handlers = new TreeMap<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    handlers.put(method + " " + pattern, handler);
                }
            }
        });
        List<Role> people = List.of(Role.ANONYMOUS, Role.PENDING, Role.RESIDENT_A, Role.MODERATOR_A, Role.ADMIN);
        List<String> failures = new ArrayList<>();
        int requests = 0;
        int fieldsSeen = 0;
        int route = 0;
        // GETs first: the POSTs may change the objects (an event cancelled, a listing lent)
        for (String phase : List.of("GET", "POST")) {
            for (var entry : handlers.entrySet()) {
                if (!entry.getKey().startsWith(phase + " ") || entry.getKey().contains(" /error")) {
                    continue;
                }
                List<Field> fields = HostileForms.fields(entry.getValue());
                List<RouteAccessMatrixTests.Case> cases = table.routes.get(entry.getKey());
                if ((phase.equals("GET") && fields.isEmpty()) || cases == null || cases.isEmpty()) {
                    continue; // a page without parameters is the matrix's; an undeclared route fails the matrix
                }
                route++;
                fieldsSeen += fields.size();
                String pattern = entry.getKey().substring(phase.length() + 1);
                List<String> path = cases.get(0).arguments().stream().filter(a -> !a.startsWith("?")).toList();
                String url = RouteAccessMatrixTests.url(pattern, path, f);
                for (Role role : people) {
                    String expected = cases.get(0).expected();
                    boolean further = role == Role.RESIDENT_A || (role != Role.ANONYMOUS && role != Role.PENDING
                            && expected.charAt(role.ordinal()) != expected.charAt(Role.RESIDENT_A.ordinal()));
                    for (int round = further ? 0 : 1; round <= (further ? HOSTILE_ROUNDS : 1); round++) {
                        Map<String, List<String>> sent = new LinkedHashMap<>();
                        AbstractMockHttpServletRequestBuilder<?> request = request(phase, url, fields, route, round, sent);
                        if (f.people.get(role) != null) {
                            request.with(user(f.people.get(role)));
                        }
                        requests++;
                        String problem = serverError(request);
                        if (problem != null) {
                            failures.add(phase + " " + url + " as " + role + " with " + summary(sent) + " -> " + problem);
                        }
                    }
                }
            }
        }
        System.out.printf("Hostile forms: %d routes, %d bound fields, %d requests in %.1f s%n", route, fieldsSeen,
                requests, (System.nanoTime() - started) / 1e9);
        assertThat(route).as("routes with parameters met").isGreaterThan(80);
        assertThat(fieldsSeen).as("bound fields found from the handlers").isGreaterThan(150);
        assertThat(failures).isEmpty();
    }

    /**
     * Round 0 fills every field with a plausible value (the request reaches the rules); round n gives each field the
     * hostile value n of its type, shifted by the route and the field's place so that a form meets a mix.
     */
    private static AbstractMockHttpServletRequestBuilder<?> request(String method, String url, List<Field> fields, int route,
            int round, Map<String, List<String>> sent) throws Exception {
        boolean files = fields.stream().anyMatch(Field::isFile);
        AbstractMockHttpServletRequestBuilder<?> request = method.equals("GET") ? get(url)
                : files ? multipart(url).with(csrf()) : post(url).with(csrf());
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            int n = route + i + round - 1;
            if (field.isFile()) {
                ((MockMultipartHttpServletRequestBuilder) request).file(file(field.name(), round == 0 ? -1 : n));
                sent.put(field.name(), List.of(round == 0 ? "a photo" : "file " + Math.floorMod(n, 3)));
                continue;
            }
            List<String> values = round == 0 ? List.of(HostileForms.plausible(field))
                    : field.isMany() ? List.of(HostileForms.hostile(field, n), HostileForms.hostile(field, n + 1))
                    : List.of(HostileForms.hostile(field, n));
            request.param(field.name(), values.toArray(String[]::new));
            sent.put(field.name(), values);
        }
        return request;
    }

    /** A real small photo, or: an empty file, garbage called a PNG with a path in its name, a script as an SVG. */
    private static MockMultipartFile file(String name, int n) throws Exception {
        return switch (n < 0 ? -1 : n % 3) {
            case -1 -> new MockMultipartFile(name, "photo.png", "image/png", PhotosTests.image("png", 20, 20));
            case 0 -> new MockMultipartFile(name, "", "application/octet-stream", new byte[0]);
            case 1 -> new MockMultipartFile(name, "../../etc/passwd.png", "image/png", "GIF89a\u0000garbage".getBytes());
            default -> new MockMultipartFile(name, "x.svg", "image/svg+xml", MatrixFixtures.SCRIPT.getBytes());
        };
    }

    /** Null, or what went wrong: a 5xx status, or an exception that a servlet container would answer with 500. */
    private String serverError(AbstractMockHttpServletRequestBuilder<?> request) {
        try {
            MvcResult result = mvc.perform(request).andReturn();
            int status = result.getResponse().getStatus();
            return status < 500 ? null : status + (result.getResolvedException() == null ? ""
                    : " " + result.getResolvedException());
        } catch (Exception e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            return "500 " + cause;
        }
    }

    private static String summary(Map<String, List<String>> sent) {
        StringBuilder text = new StringBuilder("{");
        sent.forEach((name, values) -> text.append(text.length() > 1 ? ", " : "").append(name).append('=')
                .append(values.stream().map(v -> v.length() > 40 ? v.substring(0, 12) + "…(" + v.length() + " chars)"
                        : v.replace("\u0000", "\\0")).toList()));
        return text.append('}').toString();
    }
}
