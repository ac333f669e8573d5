package org.voisinage.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.support.TestData;

/** A list of several pages, searched: the pagination links keep the search (they once failed to render). */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class PaginationTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;

    @Test
    void aSearchedListOfSeveralPagesLinksToTheNextPage() throws Exception {
        long staff = data.resident("STAFF", "VERIFIED", null, null);
        for (int i = 0; i < 60; i++) {
            data.resident("RESIDENT", "VERIFIED", null, null);
        }
        mvc.perform(get("/admin/people?q=person").with(user(data.user(staff))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("q=person&amp;page=1")));
    }
}
