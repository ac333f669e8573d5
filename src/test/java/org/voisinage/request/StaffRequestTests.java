package org.voisinage.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.notification.OutboxDelivery;
import org.voisinage.support.TestData;

/**
 * Private requests to staff: only the resident and staff read one; staff answer (the resident is emailed), keep
 * notes the resident never sees, filter the inbox per territory; unanswered requests are reminded of once.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class StaffRequestTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;
    @Autowired StaffRequests requests;

    @Test
    void aRequestIsReadByItsResidentAndStaffOnlyAndStaffNotesStayWithStaff() throws Exception {
        long territory = data.territory();
        long otherTerritory = data.territory();
        long neighbourhood = data.neighbourhoodSomewhereIn(territory, -60, 60, -40, 40);
        long resident = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        long neighbour = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        long staff = data.resident("STAFF", "VERIFIED", null, null);
        String subject = "Interphone en panne " + TestData.unique("r");

        // bad input comes back filled
        String refused = body(mvc.perform(post("/demandes/nouvelle").with(csrf()).with(user(data.user(resident)))
                .param("category", "REPAIR").param("subject", subject).param("body", " "))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsByteArray());
        assertThat(refused).contains("Ce champ est obligatoire.").contains("value=\"" + subject + "\"");

        String location = mvc.perform(post("/demandes/nouvelle").with(csrf()).with(user(data.user(resident)))
                        .param("category", "REPAIR").param("subject", subject)
                        .param("body", "L'interphone du bâtiment B ne sonne plus."))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/demandes/");
        long id = Long.parseLong(location.substring("/demandes/".length()));

        // the resident finds it on their list and on their account page
        assertThat(page("/demandes", data.user(resident))).contains(subject);
        assertThat(page("/account", data.user(resident))).contains(subject).contains("href=\"/demandes/nouvelle\"");
        // the neighbour is told it does not exist; staff find it in the inbox of its territory, not another's
        mvc.perform(get(location).with(user(data.user(neighbour)))).andExpect(status().isNotFound());
        assertThat(page("/admin/demandes?territoire=" + territory, data.user(staff))).contains(subject);
        assertThat(page("/admin/demandes?territoire=" + otherTerritory, data.user(staff))).doesNotContain(subject);
        assertThat(page("/admin/demandes?statut=CLOSED&territoire=" + territory, data.user(staff))).doesNotContain(subject);

        // a staff-only note, then an answer: the resident sees the answer, never the note, and is emailed
        mvc.perform(post("/admin/demandes/" + id + "/note").with(csrf()).with(user(data.user(staff)))
                .param("body", "Voir avec le syndic " + subject)).andExpect(status().is3xxRedirection());
        mvc.perform(post(location).with(csrf()).with(user(data.user(staff)))
                .param("body", "Le réparateur passe jeudi.")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/demandes/" + id + "/note").with(csrf()).with(user(data.user(resident)))
                .param("body", "tentative")).andExpect(status().isForbidden());
        String seen = page(location, data.user(resident));
        assertThat(seen).contains("Le réparateur passe jeudi.").doesNotContain("Voir avec le syndic");
        assertThat(page(location, data.user(staff))).contains("Voir avec le syndic");
        assertThat(OutboxDelivery.latestAsSentTo(context, data.emailOf(resident)).textBody())
                .contains("Le réparateur passe jeudi.").contains("/demandes/" + id);
        assertThat(jdbc.queryForObject("select status from staff_request where id = ?", String.class, id))
                .isEqualTo("IN_PROGRESS");

        // staff take it and close it
        mvc.perform(post("/admin/demandes/" + id + "/statut").with(csrf()).with(user(data.user(staff)))
                .param("status", "CLOSED").param("mine", "true")).andExpect(status().is3xxRedirection());
        assertThat(page("/admin/demandes?miennes=true&statut=CLOSED", data.user(staff))).contains(subject);
    }

    @Test
    void staffAreRemindedOnceOfARequestLeftUnanswered() throws Exception {
        long territory = data.territory();
        long neighbourhood = data.neighbourhoodSomewhereIn(territory, -60, 60, -40, 40);
        long resident = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        long staff = data.resident("STAFF", "VERIFIED", null, null);
        long staffElsewhere = data.resident("STAFF", "VERIFIED", null, null);
        jdbc.update("insert into staff_territory (resident_id, territory_id) values (?, ?)", staffElsewhere,
                data.territory());
        String subject = "Fuite dans la cave " + TestData.unique("r");
        long id = requests.open(resident, new RequestForms.NewRequestForm(RequestCategory.REPAIR, subject, "De l'eau."));
        jdbc.update("update staff_request set created_at = now() - interval '3 days' where id = ?", id);

        assertThat(requests.remindUnanswered()).isGreaterThanOrEqualTo(1);
        assertThat(OutboxDelivery.latestAsSentTo(context, data.emailOf(staff)).textBody()).contains(subject);
        assertThat(jdbc.queryForObject("select reminded_at is not null from staff_request where id = ?", Boolean.class, id))
                .isTrue();
        assertThat(jdbc.queryForObject("select count(*) from outbox_email where recipient = ?", Integer.class,
                data.emailOf(staffElsewhere))).as("staff of another territory are not reminded").isZero();
        int emails = jdbc.queryForObject("select count(*) from outbox_email where recipient = ?", Integer.class,
                data.emailOf(staff));
        requests.remindUnanswered();
        assertThat(jdbc.queryForObject("select count(*) from outbox_email where recipient = ?", Integer.class,
                data.emailOf(staff))).as("once").isEqualTo(emails);
        assertThat(page("/admin/demandes", data.user(staff))).contains("sans réponse");
    }

    private String page(String path, UserDetails who) throws Exception {
        return body(mvc.perform(get(path).with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray());
    }

    private static String body(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
