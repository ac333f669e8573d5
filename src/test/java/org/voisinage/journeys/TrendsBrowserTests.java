package org.voisinage.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.voisinage.support.BrowserTestSupport;
import org.voisinage.support.TestData;

/**
 * In a real browser: a territory's trends month by month, charts and tables, then one neighbourhood's over three
 * months (pictures at 1280 and 360 px; axe on each).
 */
class TrendsBrowserTests extends BrowserTestSupport {

    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;

    @Test
    void anyoneReadsATerritorysTrendsThenANeighbourhoods() {
        long territory = data.territory();
        String slug = jdbc.queryForObject("select slug from territory where id = ?", String.class, territory);
        long[] two = data.twoNeighbourhoods(territory, -170, -80);
        long author = data.resident("RESIDENT", "VERIFIED", two[0], null);
        OffsetDateTime now = YearMonth.now(ZoneId.of("Europe/Paris")).atDay(1).atTime(12, 0)
                .atZone(ZoneId.of("Europe/Paris")).toOffsetDateTime();
        for (int month = 0; month < 6; month++) {
            for (String category : new String[] {"LIGHTING", "BENCH", "GARDEN"}) {
                int count = 5 + (month * 3 + category.length()) % 9;
                for (int i = 0; i < count; i++) {
                    jdbc.update("""
                            insert into suggestion (author_id, neighbourhood_id, title, text, category, status, created_at, updated_at)
                            values (?, ?, 'Un besoin', 'Un besoin', ?, 'NEW', ?, ?)""",
                            author, two[0], category, now.minusMonths(month), now.minusMonths(month));
                }
            }
        }
        jdbc.update("""
                insert into suggestion (author_id, neighbourhood_id, title, text, category, status, created_at, updated_at)
                values (?, ?, 'Un besoin', 'Un besoin', 'SAFETY', 'NEW', ?, ?)""", author, two[1], now, now);

        open("/territoires/" + slug + "/tendances/activite");
        assertThat(pageText()).contains("Besoins remontés par catégorie", "< 5", "masqué", "Éclairage");
        both("trends-1-territory");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('trend-needs-title').scrollIntoView()");
        both("trends-1-territory-needs");

        new Select(find("#mois")).selectByValue("3");
        new Select(find("#quartier")).selectByValue(data.slugOf(two[0]));
        submit("main form button[type=submit]");
        assertThat(browser.getCurrentUrl()).contains("mois=3").contains("quartier=");
        assertThat(pageText()).contains("Tendances : Quartier");
        both("trends-2-neighbourhood");
    }

    private void both(String name) {
        screenshot(name + "-1280");
        browser.manage().window().setSize(new Dimension(360, 900));
        screenshot(name + "-360");
        browser.manage().window().setSize(new Dimension(1280, 900));
    }
}
