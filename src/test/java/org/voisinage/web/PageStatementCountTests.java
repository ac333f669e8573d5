package org.voisinage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.support.StatementCounter;
import org.voisinage.support.TestData;

/**
 * The SQL statements of the pages every resident opens first (issue 12: at most 10 a page), counted on a warm
 * request: reference data (neighbourhoods, territories, perimeters) comes from the cache once read.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({TestData.class, StatementCounter.Installation.class})
class PageStatementCountTests {

    /** Spring Session's insert of the session and of its attribute, after each request of these tests. */
    static final int SESSION_WRITES = 2;

    @Autowired MockMvc mvc;
    @Autowired TestData data;

    long resident;
    String slug;

    @BeforeEach
    void aVerifiedResident() {
        long territory = data.territory();
        long neighbourhood = data.neighbourhoodSomewhereIn(territory, 60, 61, 60, 61);
        slug = data.slugOf(neighbourhood);
        resident = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
    }

    @Test
    void theSignedInHomePage() throws Exception {
        statements("/");
        int count = statements("/");
        // 9 of the page (23 before reference data was cached and the viewer read once per request) + 2 that store
        // the fresh session MockMvc's user() gives every request
        assertThat(count).isLessThanOrEqualTo(9 + SESSION_WRITES);
    }

    @Test
    void theNeighbourhoodPageOfAMember() throws Exception {
        statements("/quartiers/" + slug);
        int count = statements("/quartiers/" + slug);
        // 7 of the page (11 before)
        assertThat(count).isLessThanOrEqualTo(7 + SESSION_WRITES);
    }

    private int statements(String url) throws Exception {
        var user = data.user(resident);
        StatementCounter.reset();
        mvc.perform(get(url).with(user(user))).andExpect(status().isOk());
        return StatementCounter.count();
    }
}
