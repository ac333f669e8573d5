package org.voisinage.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.voisinage.support.TestData;

/** What staff type in the people search is text: LIKE's wildcards in it match only themselves. */
@SpringBootTest
// unused MockMvc: the annotations of the other tests, so that they share one cached context
@AutoConfigureMockMvc
@Import(TestData.class)
class PeopleSearchTests {

    @Autowired People people;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aPercentAnUnderscoreOrABackslashFindsOnlyThatCharacter() {
        long percent = named("Bio 100% " + TestData.unique("p"));
        long underscore = named("snake_case " + TestData.unique("u"));
        long backslash = named("back\\slash " + TestData.unique("b"));
        named("Plain " + TestData.unique("n"));

        for (String typed : List.of("%", "_", "\\")) {
            List<ResidentDetails> found = people.search(typed, 0).getContent();
            assertThat(found).as("searching %s", typed).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.email() + r.displayName()).contains(typed));
        }
        assertThat(people.search("0%", 0).getContent()).extracting(ResidentDetails::id).contains(percent);
        assertThat(people.search("e_c", 0).getContent()).extracting(ResidentDetails::id).contains(underscore);
        assertThat(people.search("k\\s", 0).getContent()).extracting(ResidentDetails::id).contains(backslash);
    }

    private long named(String displayName) {
        long id = data.resident("RESIDENT", "VERIFIED", null, null);
        jdbc.update("update resident set display_name = ? where id = ?", displayName, id);
        return id;
    }
}
