package org.voisinage.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.voisinage.support.TestData;

/**
 * Account's {@link AccountEmails} listener tested as a module: the outcome of an address proof is emailed to the
 * resident in their language once the change has committed, the reason staff wrote included when refused; an event
 * about someone unknown sends nothing.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "config")
@Import(TestData.class)
class AccountEmailsModuleTests {

    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aVerifiedResidentIsToldInTheirLanguage(Scenario scenario) {
        long resident = data.resident("RESIDENT", "VERIFIED", null, null);
        jdbc.update("update resident set locale = 'en' where id = ?", resident);
        String email = data.emailOf(resident);

        scenario.publish(new ResidentVerified(resident, null, "LETTER"))
                .andWaitForStateChange(() -> emailsTo(email), emails -> !emails.isEmpty())
                .andVerify(emails -> assertThat(emails).singleElement().satisfies(sent -> {
                    assertThat(sent.get("subject")).isEqualTo("Your address is verified: welcome!");
                }));
    }

    @Test
    void aRejectedResidentIsToldWhyAndAnUnknownOneSendsNothing(Scenario scenario) {
        long resident = data.resident("RESIDENT", "REJECTED", null, null);
        String email = data.emailOf(resident);
        long unknown = Long.MAX_VALUE - resident;

        scenario.publish(new ResidentRejected(unknown, "Personne"))
                .andWaitForStateChange(() -> handled(unknown))
                .andVerify(handled -> assertThat(handled).isTrue());
        scenario.publish(new ResidentRejected(resident, "Justificatif illisible"))
                .andWaitForStateChange(() -> emailsTo(email), emails -> !emails.isEmpty())
                .andVerify(emails -> assertThat(emails).singleElement().satisfies(sent -> {
                    assertThat(sent.get("subject")).isEqualTo("Votre adresse n’a pas pu être vérifiée");
                    assertThat((String) sent.get("body_text")).contains("Justificatif illisible", "/verification");
                }));
    }

    private List<Map<String, Object>> emailsTo(String email) {
        return jdbc.queryForList("select subject, body_text from outbox_email where recipient = ?", email);
    }

    private boolean handled(long resident) {
        return jdbc.queryForObject("""
                select count(*) from event_publication
                where listener_id like '%AccountEmails%' and completion_date is not null
                  and serialized_event like ?""", Long.class, "%\"residentId\":" + resident + ",%") > 0;
    }
}
