package org.voisinage.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.support.TestData;

/**
 * A NUL character in a parameter (PostgreSQL refuses it in text) used to end in a 500 on the staff searches
 * ({@code GET /admin/people?q=}, {@code GET /admin/outbox?q=}), found by {@code web.NoServerErrorOnBadInputTests}:
 * {@link NulCharacterFilter} takes it out, and the rest of what was typed is searched or saved as it was.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class NulCharacterTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aStaffSearchWithANulSearchesForTheRest() throws Exception {
        var admin = data.user(data.resident("ADMIN", "VERIFIED", null, null));

        mvc.perform(get("/admin/people").param("q", "Per\u0000son").with(user(admin))).andExpect(status().isOk());
        mvc.perform(get("/admin/outbox").param("q", "\u0000@test").with(user(admin))).andExpect(status().isOk());
    }

    @Test
    void aFormWithANulIsSavedWithoutIt() throws Exception {
        long resident = data.resident("RESIDENT", "VERIFIED", null, null);

        mvc.perform(post("/compte/profil").with(csrf()).with(user(data.user(resident)))
                        .param("skills", "Jardi\u0000nage").param("interests", "Vélo\u0000"))
                .andExpect(redirectedUrl("/compte/profil"));

        assertThat(jdbc.queryForMap("select skills, interests from profile_settings where resident_id = ?", resident))
                .containsEntry("skills", "Jardinage").containsEntry("interests", "Vélo");
    }
}
