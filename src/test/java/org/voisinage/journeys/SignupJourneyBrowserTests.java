package org.voisinage.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.voisinage.directory.AddressImports;
import org.voisinage.notification.Outbox;
import org.voisinage.notification.OutboxDelivery;
import org.voisinage.support.BrowserTestSupport;
import org.voisinage.support.TestData;

/** The foundation's main journey, in a real browser: sign up → pending → staff verifies → the neighbourhood opens. */
class SignupJourneyBrowserTests extends BrowserTestSupport {

    @Autowired TestData data;
    @Autowired AddressImports imports;
    @Autowired Outbox outbox;
    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;

    @Test
    void signUpThenStaffVerifyThenTheResidentSeesTheirNeighbours() {
        String postcode = String.valueOf(ThreadLocalRandom.current().nextInt(10_000, 99_999));
        String prefix = TestData.unique("journey");
        double lon = ThreadLocalRandom.current().nextDouble(60, 120);
        double lat = ThreadLocalRandom.current().nextDouble(-40, 40);
        long neighbourhood = data.neighbourhood(data.territory(), lon, lat, lon + 0.01, lat + 0.01);
        String slug = data.slugOf(neighbourhood);
        imports.importStream(new ByteArrayInputStream(("id;numero;rep;nom_voie;code_postal;code_insee;nom_commune;lon;lat\n"
                + prefix + "_1;14;;Rue des Lilas;" + postcode + ";99999;Testville;" + (lon + 0.005) + ";" + (lat + 0.005) + "\n")
                .getBytes(StandardCharsets.UTF_8)), "journey.csv", "test");
        long neighbour = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        // a neighbour who chose to be listed on the neighbourhood page (residents are not listed unless they say so)
        jdbc.update("insert into profile_settings (resident_id, listed) values (?, true)", neighbour);
        String staff = data.emailOf(data.resident("STAFF", "VERIFIED", null, null));
        String email = TestData.unique("ines") + "@test.voisinage.test";

        // 1. the address, then who she is
        open("/signup");
        type("#number", "14");
        type("#street", "r. des lilas");
        type("#postcode", postcode);
        type("#town", "Testville");
        screenshot("journey-1-address");
        submit("form[action$='/signup'] button[type=submit]");
        assertThat(pageText()).contains("14 Rue des Lilas");
        type("#displayName", "Inès B.");
        type("#email", email);
        type("#password", "le chat dort sur le radiateur");
        screenshot("journey-2-account");
        submit("form[action$='/signup/account'] button[type=submit]");
        assertThat(pageText()).contains("Vérifiez votre boîte e-mail");

        // 2. the emailed link confirms her address
        Matcher link = Pattern.compile("(/email/confirm\\?token=[A-Za-z0-9_-]+)")
                .matcher(OutboxDelivery.latestAsSentTo(context, email).textBody());
        assertThat(link.find()).isTrue();
        open(link.group(1));
        submit("form[action$='/email/confirm'] button[type=submit]");
        assertThat(pageText()).contains("Votre adresse e-mail est confirmée");

        // 3. pending: her neighbourhood is read-only
        signIn(email, "le chat dort sur le radiateur");
        assertThat(pageText()).contains("Votre adresse n’est pas encore vérifiée");
        open("/quartiers/" + slug);
        assertThat(pageText()).contains("Dès que votre adresse sera vérifiée").doesNotContain(displayName(neighbour));
        screenshot("journey-3-pending");
        signOut();

        // 4. staff verify her from the queue
        long id = jdbc.queryForObject("select id from resident where email = ?", Long.class, email);
        signIn(staff, "secret-password");
        open("/admin/verifications");
        screenshot("journey-4-queue");
        open("/admin/verifications/" + id);
        submit("form[action$='/admin/verifications/" + id + "/verify'] button[type=submit]");
        assertThat(jdbc.queryForObject("select status from resident where id = ?", String.class, id)).isEqualTo("VERIFIED");
        signOut();

        // 5. verified: her neighbours who chose to be listed appear
        signIn(email, "le chat dort sur le radiateur");
        open("/quartiers/" + slug);
        assertThat(pageText()).contains("Les voisins").contains(displayName(neighbour)).contains("Inès B.");
        screenshot("journey-5-member");
    }

    private String displayName(long residentId) {
        return jdbc.queryForObject("select display_name from resident where id = ?", String.class, residentId);
    }
}
