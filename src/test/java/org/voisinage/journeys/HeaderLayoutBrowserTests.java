package org.voisinage.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.voisinage.support.BrowserTestSupport;
import org.voisinage.support.TestData;

/**
 * The header at a phone's width (360 px) and a desktop's (1280 px), signed in and not: the brand never runs under
 * the personal tools (messages, notifications, the account menu; sign in and join), and nothing is wider than the
 * screen. Pictures of each.
 */
class HeaderLayoutBrowserTests extends BrowserTestSupport {

    @Autowired TestData data;

    @Test
    void theBrandAndThePersonalToolsDoNotOverlapOnAPhoneOrADesktop() {
        long neighbourhood = data.neighbourhoodSomewhereIn(-100, -80, -45, -25);
        long resident = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);

        looksRight("header-anonymous");
        signIn(data.emailOf(resident));
        open("/");
        looksRight("header-resident");
    }

    private void looksRight(String name) {
        for (int width : new int[] {360, 1280}) {
            browser.manage().window().setSize(new Dimension(width, 800));
            browser.navigate().refresh();
            screenshot(name + "-" + width);
            Rectangle brand = browser.findElement(By.cssSelector(".brand")).getRect();
            List<WebElement> tools = browser.findElements(By.cssSelector(".site-tools > ul > li"));
            assertThat(tools).isNotEmpty();
            for (WebElement tool : tools) {
                Rectangle r = tool.getRect();
                boolean overlap = brand.x < r.x + r.width && r.x < brand.x + brand.width
                        && brand.y < r.y + r.height && r.y < brand.y + brand.height;
                assertThat(overlap).as("%s at %d px: brand %s, tool %s", name, width, describe(brand), describe(r))
                        .isFalse();
            }
            Object scrollWidth = ((org.openqa.selenium.JavascriptExecutor) browser)
                    .executeScript("return document.documentElement.scrollWidth");
            assertThat(((Number) scrollWidth).intValue()).as("%s at %d px: page width", name, width)
                    .isLessThanOrEqualTo(width);
        }
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    private static String describe(Rectangle r) {
        return r.x + "," + r.y + " " + r.width + "x" + r.height;
    }
}
