package org.voisinage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.voisinage.support.TestData;
import org.voisinage.web.MatrixFixtures.LimitedStaff;
import org.voisinage.web.MatrixFixtures.Role;

/**
 * Every handler mapping of the running application × its methods × eight people × real objects of neighbourhood A
 * (public and members-only, visible and hidden): each answer must be the one {@link RouteAccessDeclarations}
 * declares, no answer is a 5xx, and no page shows a person text they may not read (members-only, hidden or private
 * text carries a tag, see {@link MatrixFixtures}). Every text carries a hostile payload too: no page, email or feed
 * gives it back unescaped.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class RouteAccessMatrixTests {

    private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired org.voisinage.agenda.Events events;
    @Autowired org.voisinage.alert.Alerts alerts;
    @Autowired org.voisinage.announcement.Announcements announcements;
    @Autowired org.voisinage.exchange.ListingPublishing listings;
    @Autowired org.voisinage.initiative.Initiatives initiatives;
    @Autowired org.voisinage.initiative.InitiativeMembers initiativeMembers;
    @Autowired org.voisinage.initiative.InitiativeNeeds initiativeNeeds;
    @Autowired org.voisinage.initiative.InitiativeDiscussion initiativeDiscussion;
    @Autowired org.voisinage.initiative.InitiativeNews initiativeNews;
    @Autowired org.voisinage.suggestion.Suggestions suggestions;
    @Autowired org.voisinage.organisation.Organisations organisations;
    @Autowired org.voisinage.messaging.ConversationStarting conversations;
    @Autowired org.voisinage.messaging.MessageSending messages;
    @Autowired org.voisinage.messaging.ExchangeCompletion exchanges;
    @Autowired org.voisinage.profile.ThanksBook thanks;
    @Autowired org.voisinage.profile.Profiles profiles;
    @Autowired org.voisinage.following.Follows follows;
    @Autowired org.voisinage.moderation.Reports reports;
    @Autowired List<org.voisinage.moderation.ModeratedContent> moderated;
    @Autowired org.springframework.cache.CacheManager cacheManager;
    @Autowired org.voisinage.api.ApiTokens apiTokens;

    /**
     * The read API (issue 16) is called with tokens, never a session: each person's personal token, by user name;
     * and an application token of territory A, which must get what an anonymous caller gets.
     */
    private final Map<String, String> apiTokensByUser = new java.util.HashMap<>();
    private String applicationTokenOfA;

    /** How much the hostile-input sweep saw: pages showing a payload escaped, calendars, emails. */
    private int escapedPages;
    private int calendars;
    private int emails;

    /** The declarations, by "METHOD /pattern". */
    static final class Table {
        final Map<String, List<Case>> routes = new LinkedHashMap<>();

        Route route(String key) {
            if (routes.containsKey(key)) {
                throw new IllegalStateException("declared twice: " + key);
            }
            List<Case> cases = new ArrayList<>();
            routes.put(key, cases);
            return new Route(cases);
        }
    }

    record Case(String expected, List<String> arguments) {}

    record Route(List<Case> cases) {
        Route is(String expected) {
            return at(expected);
        }

        Route at(String expected, String... arguments) {
            String letters = expected.replace(" ", "");
            if (letters.length() != Role.values().length) {
                throw new IllegalArgumentException("one letter per person: " + expected);
            }
            cases.add(new Case(letters, List.of(arguments)));
            return this;
        }
    }

    @Test
    void everyRouteAnswersEachPersonAsDeclared() throws Exception {
        long started = System.nanoTime();
        MatrixFixtures f = new MatrixFixtures(data, jdbc).create(new MatrixFixtures.Services(events, alerts,
                announcements, listings, new MatrixFixtures.InitiativeServices(initiatives, initiativeMembers,
                        initiativeNeeds, initiativeDiscussion, initiativeNews), suggestions, organisations, conversations,
                messages, exchanges, thanks, profiles, follows, reports, moderated));
        // territory C was made members only in its table: the reference data's cache forgets what it read before
        cacheManager.getCache("neighbourhoods").clear();
        f.people.forEach((role, person) -> apiToken(person));
        f.limitedStaff.values().forEach(this::apiToken);
        applicationTokenOfA = MatrixFixtures.applicationToken(jdbc, f.id("territory"), f.ids.get(Role.STAFF));
        f.objects.put("apiTokenOfA", jdbc.queryForObject("select max(id) from api_token where kind = 'APPLICATION'",
                Long.class));
        long fixturesDone = System.nanoTime();
        Map<String, Long> before = invariants(f);
        Table table = new Table();
        RouteAccessDeclarations.declare(table);
        MembersOnlyDeclarations.declare(table);

        Set<String> routes = new TreeSet<>();
        for (var info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    routes.add(method + " " + pattern);
                }
            }
        }
        List<String> undeclared = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        List<String> leaks = new ArrayList<>();
        List<String> escapes = new ArrayList<>();
        List<String> serverErrors = new ArrayList<>();
        int requests = 0;
        int objects = 0;
        for (String phase : List.of("GET", "POST")) {
            for (String route : routes) {
                if (!route.startsWith(phase + " ")) {
                    continue;
                }
                List<Case> cases = table.routes.get(route);
                if (cases == null || cases.isEmpty()) {
                    undeclared.add(route);
                    continue;
                }
                String pattern = route.substring(route.indexOf(' ') + 1);
                for (Case c : cases) {
                    objects++;
                    String url = url(pattern, c.arguments(), f);
                    StringBuilder observed = new StringBuilder();
                    List<String> problems = new ArrayList<>();
                    for (Role role : Role.values()) {
                        requests++;
                        MvcResult result = call(phase, url, f.people.get(role));
                        if (result == null) {
                            observed.append('E');
                            serverErrors.add(route + " " + url + " as " + role + " threw");
                            problems.add(route + " " + url + " as " + role + " threw");
                            continue;
                        }
                        char got = outcome(result);
                        observed.append(got);
                        char expected = c.expected().charAt(role.ordinal());
                        String where = route + " " + url + " as " + role;
                        if (got == 'E' && expected != 'E') {
                            serverErrors.add(where + " -> " + result.getResponse().getStatus());
                        }
                        if (expected == '?') {
                            continue;
                        }
                        List<String> found = new ArrayList<>();
                        if (isLeak(expected, got)) {
                            found.add("LEAK " + where + ": declared " + expected + ", got " + got + " ("
                                    + result.getResponse().getStatus() + ")");
                        } else if (!matches(expected, got)) {
                            problems.add(where + ": declared " + expected + ", got " + got + " ("
                                    + result.getResponse().getStatus() + " " + result.getResponse().getRedirectedUrl() + ")");
                        }
                        String body = body(result.getResponse());
                        for (String tag : forbiddenTags(f, role, route)) {
                            if (body.contains(tag)) {
                                found.add("LEAK " + where + ": the page shows " + tag.replace(f.run, ""));
                            }
                        }
                        leaks.addAll(found);
                        escapes.addAll(unescaped(where, result.getResponse(), body));
                    }
                    for (LimitedStaff staff : LimitedStaff.values()) {
                        if (phase.equals("POST") && staff == LimitedStaff.STAFF_OF_A) {
                            continue; // it would act as the staff column did just before: the state has moved on
                        }
                        requests++;
                        String where = route + " " + url + " as " + staff;
                        MvcResult result = call(phase, url, f.limitedStaff.get(staff));
                        if (result == null) {
                            serverErrors.add(where + " threw");
                            continue;
                        }
                        char got = outcome(result);
                        char expected = limitedStaffExpects(staff, pattern, c);
                        if (got == 'E' && expected != 'E') {
                            serverErrors.add(where + " -> " + result.getResponse().getStatus());
                        }
                        if (isLeak(expected, got)) {
                            leaks.add("LEAK " + where + ": derived " + expected + ", got " + got + " ("
                                    + result.getResponse().getStatus() + ")");
                        } else if (expected != '?' && !matches(expected, got)) {
                            wrong.add(where + ": derived " + expected + " from " + pretty(c.expected()) + ", got " + got
                                    + " (" + result.getResponse().getStatus() + ")");
                        }
                        String body = body(result.getResponse());
                        for (String tag : limitedStaffMayNotRead(f, staff)) {
                            if (body.contains(tag)) {
                                leaks.add("LEAK " + where + ": the page shows " + tag.replace(f.run, ""));
                            }
                        }
                        escapes.addAll(unescaped(where, result.getResponse(), body));
                    }
                    if (pattern.startsWith("/api/")) {
                        // a partner's token of territory A: what an anonymous caller gets (401 there is a D too)
                        requests++;
                        String where = route + " " + url + " as an application token of A";
                        MvcResult result = mvc.perform(get(url).header("Authorization", "Bearer "
                                + applicationTokenOfA)).andReturn();
                        char got = outcome(result);
                        // territory C's objects are out of its territories: 404, as if they did not exist
                        char expected = c.arguments().stream().anyMatch(a -> a.contains("closed")
                                || a.startsWith("membersOnly")) ? 'D' : c.expected().charAt(Role.ANONYMOUS.ordinal());
                        if (isLeak(expected, got)) {
                            leaks.add("LEAK " + where + ": declared as anonymous " + expected + ", got " + got);
                        } else if (!matches(expected, got)) {
                            wrong.add(where + ": declared as anonymous " + expected + ", got " + got + " ("
                                    + result.getResponse().getStatus() + ")");
                        }
                        String body = body(result.getResponse());
                        for (String tag : forbiddenTags(f, Role.ANONYMOUS, route)) {
                            if (body.contains(tag)) {
                                leaks.add("LEAK " + where + ": the answer shows " + tag.replace(f.run, ""));
                            }
                        }
                    }
                    if (c.expected().contains("?")) {
                        undeclared.add(route + " " + c.arguments() + " observed " + pretty(observed.toString()));
                    } else if (!problems.isEmpty()) {
                        {
                            wrong.add(route + " " + c.arguments() + " declared " + pretty(c.expected()) + " observed "
                                    + pretty(observed.toString()) + "\n      " + String.join("\n      ", problems));
                        }
                    }
                }
            }
        }
        for (String declared : table.routes.keySet()) {
            if (!routes.contains(declared)) {
                wrong.add(declared + " is declared but the application has no such route");
            }
        }
        escapes.addAll(unescapedEmails(f));
        Map<String, Long> after = invariants(f);

        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("""
                Route access matrix: %d routes × methods, %d route-object cases × %d people = %d requests in %.1f s \
                (fixtures %.1f s)
                  leaks: %d, wrong answers: %d, undeclared: %d, server errors: %d, unescaped payloads: %d
                %n""", routes.size(), objects, Role.values().length, requests, seconds,
                (fixturesDone - started) / 1e9, leaks.size(), wrong.size(), undeclared.size(), serverErrors.size(),
                escapes.size());
        System.out.printf("  hostile payloads shown escaped on %d pages; %d calendar feeds and %d emails checked%n",
                escapedPages, calendars, emails);
        print("UNDECLARED (declare what each person must get)", undeclared);
        print("LEAKS", leaks);
        print("WRONG", wrong);
        print("SERVER ERRORS", serverErrors);
        print("UNESCAPED", escapes);

        assertThat(undeclared).as("routes with no declaration").isEmpty();
        assertThat(serverErrors).as("5xx answers").isEmpty();
        assertThat(leaks).as("leaks").isEmpty();
        assertThat(wrong).as("answers other than declared").isEmpty();
        assertThat(escapes).as("hostile payloads given back unescaped").isEmpty();
        assertThat(escapedPages).as("pages showing a payload, escaped").isGreaterThan(50);
        assertThat(calendars).as("calendar feeds checked").isGreaterThan(5);
        assertThat(emails).as("emails built for the fixtures checked").isGreaterThan(3);
        assertThat(after).as("nothing a refused person posted changed anything").isEqualTo(before);
    }

    private void apiToken(UserDetails person) {
        if (person != null) {
            long id = jdbc.queryForObject("select id from resident where email = ?", Long.class,
                    person.getUsername());
            apiTokensByUser.put(person.getUsername(), apiTokens.makePersonal(id, "matrix").token());
        }
    }

    private static void print(String title, List<String> lines) {
        if (!lines.isEmpty()) {
            System.out.println(title + ":\n  " + String.join("\n  ", lines));
        }
    }

    private static String pretty(String letters) {
        return letters.substring(0, 4) + " " + letters.substring(4);
    }

    static String url(String pattern, List<String> arguments, MatrixFixtures f) {
        StringBuilder query = new StringBuilder();
        List<String> values = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.startsWith("?")) {
                String[] pair = argument.substring(1).split("=", 2);
                query.append(query.isEmpty() ? "?" : "&").append(pair[0]).append('=')
                        .append(pair[1].startsWith("@") ? String.valueOf(f.get(pair[1].substring(1))) : pair[1]);
            } else {
                values.add(value(argument, f));
            }
        }
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder url = new StringBuilder();
        int i = 0;
        while (matcher.find()) {
            if (i >= values.size()) {
                throw new IllegalStateException("no object for " + matcher.group() + " in " + pattern);
            }
            matcher.appendReplacement(url, Matcher.quoteReplacement(values.get(i++)));
        }
        matcher.appendTail(url);
        return url + query.toString();
    }

    private static String value(String argument, MatrixFixtures f) {
        return argument.startsWith("=") ? argument.substring(1) : String.valueOf(f.get(argument));
    }

    private MvcResult call(String method, String url, UserDetails person) throws Exception {
        MockHttpServletRequestBuilder request = method.equals("POST") ? post(url).with(csrf()) : get(url);
        if (url.startsWith("/api/")) {
            if (person != null) {
                request.header("Authorization", "Bearer " + apiTokensByUser.get(person.getUsername()));
            }
        } else if (person != null) {
            request.with(user(person));
        }
        try {
            return mvc.perform(request).andReturn();
        } catch (Exception e) {
            // an exception reaching MockMvc would be a 500 in the servlet container
            System.out.println(method + " " + url + " threw " + e);
            return null;
        }
    }

    /** The answer as one letter, see {@link RouteAccessDeclarations}. */
    private static char outcome(MvcResult result) {
        MockHttpServletResponse response = result.getResponse();
        int status = response.getStatus();
        if (status >= 500) {
            return 'E';
        }
        if (status >= 300 && status < 400) {
            String location = response.getRedirectedUrl() == null ? "" : response.getRedirectedUrl();
            if (location.endsWith("/login") || location.contains("/login?")) {
                return 'L';
            }
            // "info": a request taken, to be confirmed by email
            return result.getFlashMap().containsKey("success") || result.getFlashMap().containsKey("info") ? 'S' : 'V';
        }
        if (status == 401 || status == 403 || status == 404) {
            return 'D';
        }
        return status >= 400 ? 'R' : 'O';
    }

    private static boolean matches(char expected, char got) {
        return expected == got || (expected == 'R' && (got == 'O' || got == 'V'))
                || (expected == 'N' && (got == 'D' || got == 'R' || got == 'O' || got == 'V'));
    }

    /** A person declared to be kept out got a page, or got their action done. */
    private static boolean isLeak(char expected, char got) {
        return ((expected == 'L' || expected == 'D') && (got == 'O' || got == 'S'))
                || ((expected == 'R' || expected == 'N') && got == 'S');
    }

    /**
     * What staff limited to a territory must get, derived from the declared letters (they are not columns): the
     * whole site's admin pages are not theirs (404); staff of A get what staff get everywhere else; staff of B get
     * 404 on every admin and moderation page about one of A's objects, staff's answer on the others (lists, forms);
     * out of the admin pages they are like the resident of B: kept out where B is while staff get in, never
     * succeeding at what B may not do ({@code ?}: not checked, the tags are).
     */
    static char limitedStaffExpects(LimitedStaff staff, String pattern, Case c) {
        char asStaff = c.expected().charAt(Role.STAFF.ordinal());
        if (c.arguments().stream().anyMatch(a -> a.contains("closed"))) {
            return 'D'; // the members-only territory C: neither is its staff
        }
        if (pattern.equals("/admin/territories/new") || pattern.equals("/admin/territories") && asStaff == 'R') {
            return 'D'; // a new territory is an administrator's or global staff's
        }
        boolean admin = pattern.startsWith("/admin") || pattern.startsWith("/moderation");
        if (admin && TerritoryStaffScope.WHOLE_SITE.stream()
                .anyMatch(p -> pattern.equals(p) || pattern.startsWith(p + "/"))) {
            return 'D';
        }
        if (staff == LimitedStaff.STAFF_OF_A) {
            return asStaff;
        }
        boolean aboutAnObject = c.arguments().stream()
                .anyMatch(a -> !a.startsWith("=") && (!a.startsWith("?") || a.contains("=@")));
        if (admin) {
            // an empty form may be refused before the object is looked at: then refused, never done
            return !aboutAnObject ? asStaff : asStaff == 'R' || asStaff == 'N' ? 'N' : 'D';
        }
        char asResidentB = c.expected().charAt(Role.RESIDENT_B.ordinal());
        if (pattern.equals("/error") || pattern.equals("/sondages/nouveau")) {
            return asStaff; // the new-poll form: staff of any territory open polls in theirs (it offers only theirs)
        }
        if (asResidentB == 'S' || asResidentB == 'V' || asResidentB == '?') {
            return '?';
        }
        if ((asResidentB == 'D' || asResidentB == 'L') && asStaff == 'O') {
            return 'D';
        }
        return asStaff == 'S' || asResidentB == 'R' || asResidentB == 'N' ? 'N' : '?';
    }

    /** The tagged texts staff limited to a territory may not read: nothing of C; staff of B nothing of A either. */
    private static List<String> limitedStaffMayNotRead(MatrixFixtures f, LimitedStaff staff) {
        if (staff == LimitedStaff.STAFF_OF_A) {
            return List.of(f.CLOSED);
        }
        return new ArrayList<>(f.readers().keySet());
    }

    /** The tagged texts this person may not read on this route. */
    private static List<String> forbiddenTags(MatrixFixtures f, Role role, String route) {
        List<String> tags = new ArrayList<>();
        f.readers().forEach((tag, readers) -> {
            if (!readers.contains(role)) {
                tags.add(tag);
            }
        });
        // the lists of neighbours leave out those who chose not to be listed (except for staff)
        if (RouteAccessDeclarations.LISTS_OF_NEIGHBOURS.contains(route) && role != Role.STAFF && role != Role.ADMIN) {
            tags.add(f.UNLISTED);
        }
        return tags;
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        String type = response.getContentType();
        if (type == null || !(type.startsWith("text/") || type.contains("json") || type.contains("xml"))) {
            return "";
        }
        return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    /** The hostile payloads must come back escaped: as text in HTML, never as markup or a script link. */
    private List<String> unescaped(String where, MockHttpServletResponse response, String body) {
        String type = response.getContentType() == null ? "" : response.getContentType();
        List<String> found = new ArrayList<>();
        if (type.startsWith("text/html")) {
            if (body.contains("&lt;script&gt;alert(1)&lt;/script&gt;")) {
                escapedPages++;
            }
            String lower = body.toLowerCase(Locale.ROOT);
            for (String raw : List.of("<script>alert(1)", "<img src=x onerror", "href=\"javascript:",
                    "src=\"javascript:")) {
                if (lower.contains(raw)) {
                    found.add(where + " gives back " + raw);
                }
            }
        } else if (type.startsWith("text/calendar")) {
            calendars++;
            for (String line : body.split("\r\n")) {
                if (line.startsWith("X-INJECTED")) {
                    found.add(where + " lets a line into the calendar: " + line);
                }
            }
        }
        return found;
    }

    private List<String> unescapedEmails(MatrixFixtures f) {
        List<String> found = new ArrayList<>();
        jdbc.query("select id, subject, body_html from outbox_email where id >= ?", rs -> {
            emails++;
            String html = rs.getString("body_html").toLowerCase(Locale.ROOT);
            for (String raw : List.of("<script>alert(1)", "<img src=x onerror", "href=\"javascript:")) {
                if (html.contains(raw)) {
                    found.add("outbox email " + rs.getLong("id") + " (" + rs.getString("subject") + ") gives back "
                            + raw);
                }
            }
        }, f.firstOutboxId);
        return found;
    }

    /** What people kept out must not be able to change with a POST. */
    private Map<String, Long> invariants(MatrixFixtures f) {
        Map<String, Long> values = new LinkedHashMap<>();
        List<Long> outsiders = List.of(f.ids.get(Role.PENDING), f.ids.get(Role.RESIDENT_B),
                f.ids.get(Role.MODERATOR_B));
        String in = "(" + String.join(",", outsiders.stream().map(String::valueOf).toList()) + ")";
        values.put("messages by outsiders", count("select count(*) from message where author_id in " + in));
        values.put("conversations of outsiders", count("select count(*) from conversation where started_by in " + in));
        values.put("initiative members among outsiders",
                count("select count(*) from initiative_member where resident_id in " + in));
        values.put("follows of outsiders", count("select count(*) from follow f join follower r on r.id = f.follower_id "
                + "where r.resident_id in " + in));
        values.put("reports by outsiders", count("select count(*) from content_report where reporter_id in " + in));
        values.put("rsvps of outsiders", count("select count(*) from agenda_rsvp where resident_id in " + in));
        values.put("supports of outsiders", count("select count(*) from suggestion_support where resident_id in " + in));
        values.put("recommendations of outsiders", count("select count(*) from recommendation where resident_id in " + in));
        values.put("thanks by outsiders", count("select count(*) from thanks where author_id in " + in));
        values.put("open cases of A", count("select count(*) from moderation_case where status = 'OPEN' and id in ("
                + f.id("case") + "," + f.id("caseMessage") + ")"));
        values.put("open appeal of A", count("select count(*) from moderation_appeal where status = 'OPEN' and id = "
                + f.id("appeal")));
        values.put("roles", count("select coalesce(sum(hashtext(role || status)), 0) from resident where id in ("
                + String.join(",", f.ids.values().stream().map(String::valueOf).toList()) + ")"));
        values.put("visible listing", count("select count(*) from listing where hidden_at is null and id = "
                + f.id("listing")));
        values.put("live alert", count("select count(*) from alert where resolved_at is null and retracted_at is null "
                + "and hidden_reason is null and id = "
                + f.id("alert")));
        return values;
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
