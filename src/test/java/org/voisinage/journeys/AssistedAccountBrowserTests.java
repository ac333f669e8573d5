package org.voisinage.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.voisinage.directory.AddressImports;
import org.voisinage.support.BrowserTestSupport;
import org.voisinage.support.TestData;

/**
 * In a real browser, at 1280 and 360 px: staff of a territory create an assisted account and open its page, where
 * they act on the person's behalf.
 */
class AssistedAccountBrowserTests extends BrowserTestSupport {

    @Autowired TestData data;
    @Autowired AddressImports imports;
    @Autowired JdbcTemplate jdbc;

    @Test
    void staffCreateAnAssistedAccountAndOpenItsPage() {
        String postcode = String.valueOf(ThreadLocalRandom.current().nextInt(10_000, 99_999));
        double lon = ThreadLocalRandom.current().nextDouble(-120, -60);
        double lat = ThreadLocalRandom.current().nextDouble(-50, 50);
        long territory = data.territory();
        data.neighbourhood(territory, lon, lat, lon + 0.01, lat + 0.01);
        String csv = "id;numero;rep;nom_voie;code_postal;code_insee;nom_commune;lon;lat\n"
                + "%s;4;;Rue des Tilleuls;%s;99999;Testville;%s;%s\n".formatted(TestData.unique("ab"), postcode,
                        lon + 0.005, lat + 0.005);
        imports.importStream(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "assisted.csv", "test");
        long staff = data.resident("STAFF", "VERIFIED", null, null);
        jdbc.update("insert into staff_territory (resident_id, territory_id) values (?, ?)", staff, territory);

        signIn(data.emailOf(staff));
        open("/admin/assisted/new");
        bothWidths("assisted-new");
        type("#displayName", "Marcel Durand");
        type("#number", "4");
        type("#street", "Rue des Tilleuls");
        type("#postcode", postcode);
        type("#town", "Testville");
        type("#flat", "Apt 3");
        submit("form[action$='/admin/assisted'] button[type=submit]");
        assertThat(path()).matches("/admin/assisted/\\d+");
        assertThat(pageText()).contains("Marcel Durand").contains("Compte assisté");
        bothWidths("assisted-person");
    }

    private void bothWidths(String name) {
        screenshot(name + "-1280");
        browser.manage().window().setSize(new Dimension(360, 800));
        screenshot(name + "-360");
        browser.manage().window().setSize(new Dimension(1280, 900));
    }
}
