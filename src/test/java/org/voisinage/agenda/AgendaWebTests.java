package org.voisinage.agenda;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.voisinage.common.Markdown;
import org.voisinage.support.TestData;

/** The agenda pages and forms: who sees what, and every bad input answered with a message and a 4xx. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class AgendaWebTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired Events events;
    @Autowired Rsvps rsvps;
    @Autowired JdbcTemplate jdbc;

    long here;
    long elsewhere;
    long member;
    String slug;

    @BeforeEach
    void place() {
        long[] ids = AgendaFixtures.twoNeighbourhoods(data);
        here = ids[0];
        elsewhere = ids[1];
        slug = data.slugOf(here);
        member = AgendaFixtures.member(data, here);
    }

    @Test
    void aMemberProposesAnEventAndOthersAnswerFromItsPage() throws Exception {
        LocalDate day = LocalDate.now().plusDays(12);
        String location = mvc.perform(valid(day, "title", "Repair café", "capacity", "1")
                        .with(user(data.user(member))))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/agenda/evenements/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long neighbour = AgendaFixtures.member(data, here);
        mvc.perform(post(location + "/reponse").param("going", "true").with(user(data.user(neighbour))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long late = AgendaFixtures.member(data, here);
        mvc.perform(post(location + "/reponse").param("going", "true").with(user(data.user(late))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(location).with(user(data.user(late))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Repair café")))
                .andExpect(content().string(containsString("id=\"waitlist-position\"")))
                .andExpect(content().string(containsString("<strong>nombreux</strong>")));
        mvc.perform(post(location + "/reponse").param("going", "true").with(user(data.user(late))).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Vous avez déjà répondu")));
        mvc.perform(get("/agenda").param("quartier", slug).param("mois", YearMonth.from(day).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Repair café")))
                .andExpect(content().string(not(containsString("style="))));
    }

    @Test
    void badInputGetsATranslatedMessageAndA4xxNeverA500() throws Exception {
        LocalDate day = LocalDate.now().plusDays(5);
        var me = user(data.user(member));
        mvc.perform(valid(day, "endDate", day.minusDays(1).toString()).with(me))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("La fin doit venir après le début.")));
        mvc.perform(valid(day, "description", "Salut <script>alert(1)</script>").with(me))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Les scripts ne sont pas autorisés")));
        mvc.perform(valid(day, "description", "x".repeat(Markdown.MAX_LENGTH + 1)).with(me))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("au plus 20 000 caractères")));
        mvc.perform(valid(day, "startDate", "pas une date").with(me))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("pas au bon format")));
        mvc.perform(valid(day, "capacity", "-3", "title", "").with(me))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("au moins une personne")))
                .andExpect(content().string(containsString("Donnez un titre")));
        mvc.perform(valid(day, "startDate", "9999-01-01", "endDate", "9999-01-02").with(me))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Cette date n’est pas valide.")));
        mvc.perform(valid(day, "addressId", "nowhere_0000").with(me))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("pas dans l’annuaire")));
        mvc.perform(valid(LocalDate.now().minusDays(3)).with(me))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("déjà terminé")));
        mvc.perform(valid(day).with(user(data.user(data.resident("RESIDENT", "PENDING", here, null)))))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Seuls les habitants vérifiés")));
        mvc.perform(get("/agenda").param("quartier", slug).param("mois", "2026-13")).andExpect(status().isOk());
        mvc.perform(get("/agenda").param("quartier", "no-such-place")).andExpect(status().isNotFound());
        mvc.perform(get("/agenda/evenements/abc").with(me)).andExpect(status().is4xxClientError());
    }

    @Test
    void anOrganiserCannotLowerTheCapacityBelowThePeopleComing() throws Exception {
        long event = events.create(AgendaFixtures.form(3), member);
        rsvps.respond(event, AgendaFixtures.member(data, here), true);
        rsvps.respond(event, AgendaFixtures.member(data, here), true);
        EventForm f = events.form(event, member);
        mvc.perform(post("/agenda/evenements/" + event + "/modifier").with(csrf()).with(user(data.user(member)))
                        .param("title", f.title()).param("description", f.description())
                        .param("startDate", f.startDate().toString()).param("startTime", "18:00")
                        .param("endDate", f.endDate().toString()).param("endTime", "20:00")
                        .param("place", f.place()).param("capacity", "1").param("visibility", "PUBLIC"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("La capacité ne peut pas être inférieure")));
        long stranger = AgendaFixtures.member(data, here);
        mvc.perform(get("/agenda/evenements/" + event + "/modifier").with(user(data.user(stranger))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/agenda/evenements/" + event + "/annulation").with(csrf()).with(user(data.user(stranger))))
                .andExpect(status().isForbidden());
    }

    @Test
    void membersOnlyEventsAreInvisibleToOthersAndTheOtherNeighbourhoodIsRefused() throws Exception {
        long closed = events.create(AgendaFixtures.form("Assemblée des voisins", null, Visibility.MEMBERS), member);
        long open = events.create(AgendaFixtures.form("Fête des voisins", null, Visibility.PUBLIC), member);
        long neighbour = AgendaFixtures.member(data, elsewhere);
        mvc.perform(get("/agenda/evenements/" + closed)).andExpect(status().isNotFound());
        mvc.perform(get("/agenda/evenements/" + closed).with(user(data.user(neighbour)))).andExpect(status().isNotFound());
        mvc.perform(get("/agenda/evenements/" + closed + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get("/agenda/evenements/" + closed).with(user(data.user(member)))).andExpect(status().isOk());
        mvc.perform(get("/agenda/a-venir").param("quartier", slug))
                .andExpect(content().string(containsString("Fête des voisins")))
                .andExpect(content().string(not(containsString("Assemblée des voisins"))));
        mvc.perform(get("/agenda/a-venir").with(user(data.user(member))))
                .andExpect(content().string(containsString("Assemblée des voisins")));
        mvc.perform(post("/agenda/evenements/" + open + "/reponse").param("going", "true").with(csrf())
                        .with(user(data.user(neighbour))))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Seuls les habitants vérifiés de ce quartier")));
    }

    @Test
    void pastEventsAreArchivedPageByPage() throws Exception {
        long event = events.create(AgendaFixtures.form("Vide-grenier d’antan", null, Visibility.PUBLIC), member);
        jdbc.update("update agenda_event set starts_at = now() - interval '30 days', ends_at = now() - interval '29 days' where id = ?",
                event);
        mvc.perform(get("/agenda/archives").param("quartier", slug))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vide-grenier d’antan")));
        mvc.perform(get("/agenda/a-venir").param("quartier", slug))
                .andExpect(content().string(not(containsString("Vide-grenier d’antan"))));
        mvc.perform(get("/agenda/archives").param("quartier", slug).param("page", "99999")).andExpect(status().isOk());
    }

    /** A valid event form posted, with some fields replaced: name, value, name, value... */
    private MockHttpServletRequestBuilder valid(LocalDate day, String... replaced) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("title", TestData.unique("Apéro"));
        fields.put("description", "Venez **nombreux**");
        fields.put("startDate", day.toString());
        fields.put("startTime", "18:00");
        fields.put("endDate", day.toString());
        fields.put("endTime", "20:00");
        fields.put("place", "Place du marché");
        fields.put("visibility", "PUBLIC");
        for (int i = 0; i < replaced.length; i += 2) {
            fields.put(replaced[i], replaced[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/agenda/evenements").with(csrf());
        fields.forEach(request::param);
        return request;
    }
}
