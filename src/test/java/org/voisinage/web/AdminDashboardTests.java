package org.voisinage.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.alert.AlertCategory;
import org.voisinage.alert.AlertForm;
import org.voisinage.alert.Alerts;
import org.voisinage.suggestion.SuggestionCategory;
import org.voisinage.suggestion.SuggestionForm;
import org.voisinage.suggestion.Suggestions;
import org.voisinage.support.TestData;

/** The staff dashboard: its figures, charts and tables, for staff only. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class AdminDashboardTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired Suggestions suggestions;
    @Autowired Alerts alerts;

    @Test
    void staffSeeNeedsWaitlistAndActivityPerNeighbourhoodAsChartsAndTables() throws Exception {
        double lon = -110 + ThreadLocalRandom.current().nextDouble(10);
        double lat = -45 + ThreadLocalRandom.current().nextDouble(10);
        long neighbourhood = data.neighbourhood(data.territory(), lon, lat, lon + 0.001, lat + 0.001);
        long resident = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        suggestions.raise(resident, new SuggestionForm("Un banc", "Près du parc.", SuggestionCategory.BENCH, null));
        alerts.raise(resident, new AlertForm(AlertCategory.POWER_CUT, "Plus de courant", "Rue A", "maintenant",
                "Patienter", null, null));
        long staff = data.resident("STAFF", "VERIFIED", null, null);
        mvc.perform(get("/admin").with(user(data.user(staff))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("needs-svg-title")))
                .andExpect(content().string(containsString("activity-svg-title")))
                .andExpect(content().string(containsString(data.slugOf(neighbourhood).replace("n-", ""))));
        mvc.perform(get("/admin").with(user(data.user(resident)))).andExpect(status().isForbidden());
    }
}
