package org.voisinage.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.voisinage.account.DataExports;
import org.voisinage.messaging.ConversationStarting;
import org.voisinage.notification.OutboxDelivery;
import org.voisinage.support.BrowserTestSupport;
import org.voisinage.support.TestData;

/** A resident's data rights, in a real browser: they export their data, then delete their account, then cannot sign in. */
class DataRightsJourneyBrowserTests extends BrowserTestSupport {

    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;
    @Autowired DataExports exports;
    @Autowired ConversationStarting conversations;

    @Test
    void aResidentExportsTheirDataThenDeletesTheirAccountThenCannotSignIn() throws Exception {
        long neighbourhood = data.neighbourhoodSomewhereIn(data.territory(), -60, 60, -40, 40);
        long alice = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        long bob = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        String email = data.emailOf(alice);
        String written = "Merci pour les confitures " + TestData.unique("m");
        long conversation = conversations.start(alice, null, null, bob, written);

        // 1. the account page, at both widths
        signIn(email);
        open("/account");
        assertThat(pageText()).contains("Mon compte").contains("Exporter mes données").contains("Supprimer mon compte");
        // tall windows: the whole page in one picture
        browser.manage().window().setSize(new Dimension(1280, 3000));
        screenshot("data-rights-1-account-1280");
        browser.manage().window().setSize(new Dimension(360, 4200));
        open("/account");
        screenshot("data-rights-1-account-360");
        browser.manage().window().setSize(new Dimension(1280, 900));

        // 2. export: asked, prepared in the background, downloaded with the emailed link by her, signed in
        open("/account");
        submit("form[action$='/account/export'] button[type=submit]");
        assertThat(pageText()).contains("nous préparons vos données").contains("en préparation");
        exports.prepareWaiting();
        open("/account");
        assertThat(pageText()).contains("Votre export est prêt");
        screenshot("data-rights-2-export-ready");
        Matcher link = Pattern.compile("(/account/export/[A-Za-z0-9_-]+)")
                .matcher(OutboxDelivery.latestAsSentTo(context, email).textBody());
        assertThat(link.find()).isTrue();
        String session = browser.manage().getCookieNamed("SESSION").getValue();
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + link.group(1))).header("Cookie", "SESSION=" + session).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(dataJson(download.body())).contains(written).contains(email);

        // 3. she deletes her account: a wrong password first, then hers
        open("/account");
        type("#delete-currentPassword", "pas le bon");
        submit("form[action$='/account/delete'] button[type=submit]");
        assertThat(pageText()).contains("Ce n’est pas votre mot de passe actuel.");
        type("#delete-currentPassword", "secret-password");
        submit("form[action$='/account/delete'] button[type=submit]");
        assertThat(pageText()).contains("Votre compte est supprimé.");

        // 4. she cannot sign in any more; her neighbour still reads her message, from a former neighbour
        signIn(email);
        assertThat(path()).isEqualTo("/login");
        assertThat(pageText()).contains("Adresse e-mail ou mot de passe incorrect.");
        signIn(data.emailOf(bob));
        open("/messages/" + conversation);
        assertThat(pageText()).contains(written).contains("Ancien voisin");
        screenshot("data-rights-3-former-neighbour");

        // 5. the privacy page, at both widths
        open("/privacy");
        assertThat(pageText()).contains("Ce que nous gardons, combien de temps et pourquoi");
        browser.manage().window().setSize(new Dimension(1280, 1800));
        screenshot("data-rights-4-privacy-1280");
        browser.manage().window().setSize(new Dimension(360, 4000));
        open("/privacy");
        screenshot("data-rights-4-privacy-360");
    }

    private static String dataJson(byte[] zip) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.getName().equals("data.json")) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        return "";
    }
}
