package org.voisinage.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.voisinage.common.PhotosTests;
import org.voisinage.support.BrowserTestSupport;
import org.voisinage.support.TestData;

/**
 * In a real browser, at 1280 and 360 px: a resident writes to staff with a photo, sees its thumbnail on the request,
 * and staff of the territory see it too, with their answer and note forms (each with its photo field).
 */
class RequestPhotoBrowserTests extends BrowserTestSupport {

    @Autowired TestData data;

    @Test
    void aResidentWritesToStaffWithAPhotoAndBothSidesSeeIt() throws Exception {
        long territory = data.territory();
        long neighbourhood = data.neighbourhoodSomewhereIn(territory, -60, 60, -40, 40);
        long resident = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        long staff = data.resident("STAFF", "VERIFIED", null, null);
        Path photo = Files.createTempFile("interphone", ".png");
        Files.write(photo, PhotosTests.image("png", 640, 480));

        signIn(data.emailOf(resident));
        open("/demandes/nouvelle");
        new Select(find("#category")).selectByValue("REPAIR");
        type("#subject", "Interphone arraché");
        type("#body", "L'interphone du bâtiment B pend au mur, voir la photo.");
        find("#photos").sendKeys(photo.toAbsolutePath().toString());
        bothWidths("request-new");
        submit("form[action$='/demandes/nouvelle'] button[type=submit]");
        assertThat(path()).matches("/demandes/\\d+");
        String request = path();
        assertThat(browser.findElements(By.cssSelector("img[src*='/photos/']"))).hasSize(1);
        bothWidths("request-resident");

        signOut();
        signIn(data.emailOf(staff));
        open(request);
        assertThat(browser.findElements(By.cssSelector("img[src*='/photos/']"))).hasSize(1);
        assertThat(pageText()).contains("Note pour l’équipe");
        bothWidths("request-staff");
        Files.deleteIfExists(photo);
    }

    private void bothWidths(String name) {
        screenshot(name + "-1280");
        browser.manage().window().setSize(new Dimension(360, 800));
        screenshot(name + "-360");
        browser.manage().window().setSize(new Dimension(1280, 900));
    }
}
