package org.voisinage.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.voisinage.support.TestData;

/** What is typed in the organisation searches is text: LIKE's wildcards in it match only themselves. */
@SpringBootTest
// unused MockMvc: the annotations of the other tests, so that they share one cached context
@AutoConfigureMockMvc
@Import(TestData.class)
class OrganisationSearchTests {

    @Autowired OrganisationDirectory directory;
    @Autowired OrganisationRegistry registry;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aPercentOrAnUnderscoreFindsOnlyThatCharacterInTheDirectoryAndTheStaffList() {
        long territory = data.territory();
        organisation(territory, "Vrac 100% local");
        organisation(territory, "Cafe_associatif");
        organisation(territory, "Boulangerie du coin");

        for (String typed : List.of("%", "_")) {
            List<String> listed = directory.search(directory.filter(null, null, typed, org.voisinage.account.Viewer.ANONYMOUS), 0).getContent().stream()
                    .map(card -> card.organisation().name()).toList();
            assertThat(listed).as("directory, searching %s", typed).isNotEmpty().allSatisfy(n -> assertThat(n).contains(typed));
            List<String> staffListed = registry.list(typed, 0, data.resident("ADMIN", "VERIFIED", null, null)).getContent().stream().map(OrganisationView::name).toList();
            assertThat(staffListed).as("staff list, searching %s", typed).isNotEmpty()
                    .allSatisfy(n -> assertThat(n).contains(typed));
        }
    }

    private void organisation(long territory, String name) {
        jdbc.update("insert into organisation (territory_id, kind, name, slug) values (?, 'SHOP', ?, ?)",
                territory, name + " " + TestData.unique("o"), TestData.unique("slug"));
    }
}
