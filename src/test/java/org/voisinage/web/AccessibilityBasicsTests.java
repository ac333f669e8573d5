package org.voisinage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.agenda.EventForm;
import org.voisinage.agenda.Events;
import org.voisinage.agenda.Visibility;
import org.voisinage.support.TestData;

/**
 * The basics a screen reader relies on, on the main pages: a language, one main landmark, one h1, a label
 * for every field, an alternative for every image.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class AccessibilityBasicsTests {

    private static final Pattern FIELD = Pattern.compile("<(input|select|textarea)\\b([^>]*)>");
    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");
    private static final Pattern IMG = Pattern.compile("<img\\b([^>]*)>");

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired Events events;
    @Autowired org.voisinage.initiative.Initiatives initiatives;

    @Test
    void publicAndSignedInPagesHaveLanguageLandmarksHeadingsLabelsAndAlternatives() throws Exception {
        long neighbourhood = data.neighbourhood(data.territory(), 170.0, -70.0, 170.01, -69.99);
        String slug = data.slugOf(neighbourhood);
        long residentId = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        UserDetails resident = data.user(residentId);
        java.time.LocalDate day = java.time.LocalDate.now().plusDays(3);
        long event = events.create(new EventForm("Apéro", "Venez", day, java.time.LocalTime.of(18, 0), day,
                java.time.LocalTime.of(20, 0), "Place", null, 10, Visibility.PUBLIC, null, null, null), residentId);
        long initiative = initiatives.propose(residentId, org.voisinage.initiative.InitiativeForm.of("Composteur",
                "Un composteur", org.voisinage.initiative.InitiativeTheme.ECOLOGY));
        UserDetails staff = data.user(data.resident("ADMIN", "VERIFIED", null, null));
        List<String> problems = new ArrayList<>();
        for (String page : List.of("/", "/login", "/signup", "/password/forgot", "/quartiers", "/quartiers/" + slug,
                "/defis", "/defis/actions", "/about", "/recours", "/agenda", "/agenda?quartier=" + slug,
                "/agenda/a-venir?quartier=" + slug, "/agenda/archives?quartier=" + slug, "/agenda/evenements/" + event,
                "/organisations", "/bons-plans", "/initiatives", "/initiatives/" + initiative)) {
            check(page, null, problems);
        }
        for (String page : List.of("/account", "/verification", "/quartiers/" + slug, "/suivis", "/", "/echanges",
                "/echanges/nouvelle", "/echanges/mes-annonces",
                "/annonces", "/besoins", "/besoins/nouveau", "/alertes", "/alertes/nouvelle", "/agenda",
                "/agenda/evenements/" + event, "/agenda/evenements/nouveau", "/agenda/evenements/" + event + "/modifier",
                "/professionnels", "/professionnels/nouveau",
                "/initiatives/nouvelle", "/initiatives/" + initiative, "/notifications", "/messages", "/voisins",
                "/compte/profil")) {
            check(page, resident, problems);
        }
        for (String page : List.of("/admin", "/admin/verifications", "/admin/territories", "/admin/territories/new",
                "/admin/addresses", "/admin/members", "/admin/people", "/admin/waitlist", "/admin/outbox",
                "/admin/challenges", "/admin/challenges/new", "/admin/digests",
                "/admin/annonces", "/admin/annonces/new", "/admin/besoins", "/admin/audit", "/moderation",
                "/agenda/evenements/nouveau", "/admin/organisations", "/admin/organisations/new", "/admin/credits")) {
            check(page, staff, problems);
        }
        assertThat(problems).isEmpty();
    }

    private void check(String page, UserDetails person, List<String> problems) throws Exception {
        var request = get(page);
        if (person != null) {
            request.with(user(person));
        }
        String html = mvc.perform(request).andReturn().getResponse().getContentAsString();
        String who = page + (person == null ? "" : " (signed in)");
        if (!Pattern.compile("<html[^>]*\\blang=\"(fr|en)\"").matcher(html).find()) {
            problems.add(who + ": no html lang");
        }
        if (count(html, "<main\\b") != 1) {
            problems.add(who + ": " + count(html, "<main\\b") + " main landmarks");
        }
        if (count(html, "<h1\\b") != 1) {
            problems.add(who + ": " + count(html, "<h1\\b") + " h1 headings");
        }
        Matcher field = FIELD.matcher(html);
        while (field.find()) {
            String attributes = field.group(2);
            if (attributes.contains("type=\"hidden\"") || attributes.contains("type=\"submit\"")
                    || attributes.contains("aria-label=")) {
                continue;
            }
            Matcher id = ID.matcher(attributes);
            boolean labelled = id.find() && html.contains("for=\"" + id.group(1) + "\"");
            boolean wrapped = Pattern.compile("<label\\b[^>]*>(?:(?!</label>).)*" + Pattern.quote(field.group()), Pattern.DOTALL)
                    .matcher(html).find();
            if (!labelled && !wrapped) {
                problems.add(who + ": unlabelled " + field.group());
            }
        }
        Matcher img = IMG.matcher(html);
        while (img.find()) {
            if (!img.group(1).contains("alt=")) {
                problems.add(who + ": image without alt " + img.group());
            }
        }
    }

    private static int count(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
