package org.voisinage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.support.TestData;
import org.voisinage.web.MatrixFixtures.Role;

/**
 * The printed noticeboard of neighbourhood A (the route matrix's, with one object of every kind): one page per
 * entrance where verified members live, with the week's events, current alerts, open needs, challenges and new
 * initiatives, each with its link (and QR code); never a hidden, private or other neighbourhood's text. Staff of
 * another territory are told it does not exist.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoticeboardTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    MatrixFixtures f;
    /** The week of the fixtures' events (they start in ten days). */
    final LocalDate week = LocalDate.now().plusDays(10);

    @BeforeAll
    void neighbourhoodAWithTwoEntrances() throws Exception {
        f = new MatrixFixtures(data, jdbc).create(MatrixFixtures.Services.of(context));
        long a = f.id("neighbourhood");
        String run = f.run;
        address("T" + run, "12", null, "Rue des Tilleuls");
        address("A" + run, "3", "bis", "Rue des Acacias");
        address("F" + run, "99", null, "Rue Fantôme");
        data.resident("RESIDENT", "VERIFIED", a, "T" + run);
        data.resident("RESIDENT", "VERIFIED", a, "T" + run);
        data.resident("RESIDENT", "VERIFIED", a, "A" + run);
        data.resident("RESIDENT", "PENDING", a, "F" + run); // not verified: not an entrance
    }

    @Test
    void onePagePerEntranceWithTheWeeksNeighbourhoodNoticesAndTheirLinks() throws Exception {
        byte[] pdf = download("/admin/affichage/quartiers/" + f.id("neighbourhood"), f.people.get(Role.STAFF));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/noticeboard-A.pdf"), pdf);
        List<String> pages = pages(pdf);
        // a page per entrance; a week with long notices runs onto a second sheet
        assertThat(entrancePages(pages)).hasSize(2);
        assertThat(entrancePages(pages).get(0)).startsWith("3 bis Rue des Acacias");
        assertThat(entrancePages(pages).get(1)).startsWith("12 Rue des Tilleuls");
        String page = String.join(" ", pages);
        assertThat(page).as("the public event, initiative and challenge").contains(f.PUBLIC + " Apéro")
                .contains(f.PUBLIC + " Jardin").contains(f.PUBLIC + " Défi");
        assertThat(page).as("A's members-only event, alert and need: the hall is A's").contains(f.MEMBERS + " Réunion")
                .contains(f.MEMBERS + " what").contains(f.MEMBERS + " Banc");
        // a link may be cut across two lines of its cell
        assertThat(page.replaceAll("\\s", "")).as("the links printed beside the QR codes")
                .contains("/agenda/evenements/" + f.id("event")).contains("/defis/" + f.id("challenge"))
                .contains("/besoins/" + f.id("suggestion")).contains("/initiatives/" + f.id("initiative"));
        for (String never : List.of(f.HIDDEN, f.PRIVATE, f.REPORTED, f.ORGANISERS, f.SECRET, "Fantôme")) {
            assertThat(String.join("\n", pages)).as("never " + never).doesNotContain(never);
        }
    }

    @Test
    void theTerritorysPdfHasItsNeighbourhoods() throws Exception {
        List<String> pages = pages(download("/admin/affichage/territoires/" + f.id("territory"), f.people.get(Role.ADMIN)));
        assertThat(entrancePages(pages)).hasSize(2).allSatisfy(p -> assertThat(p).contains(f.PUBLIC + " Apéro"));
    }

    @Test
    void staffOfAnotherTerritoryAreToldItDoesNotExist() throws Exception {
        long elsewhere = data.territory();
        long limited = data.resident("STAFF", "VERIFIED", null, null);
        jdbc.update("insert into staff_territory (resident_id, territory_id) values (?, ?)", limited, elsewhere);
        UserDetails person = data.user(limited);
        assertThat(status("/admin/affichage/quartiers/" + f.id("neighbourhood"), person)).isEqualTo(404);
        assertThat(status("/admin/affichage/territoires/" + f.id("territory"), person)).isEqualTo(404);
        String chooser = mvc.perform(get("/admin/affichage").with(user(person))).andReturn().getResponse()
                .getContentAsString();
        assertThat(chooser).doesNotContain("/admin/affichage/territoires/" + f.id("territory"));
        long own = data.resident("STAFF", "VERIFIED", null, null);
        jdbc.update("insert into staff_territory (resident_id, territory_id) values (?, ?)", own, f.id("territory"));
        assertThat(status("/admin/affichage/quartiers/" + f.id("neighbourhood"), data.user(own))).isEqualTo(200);
    }

    @Test
    void aBadWeekIsABadRequestNotAnError() throws Exception {
        int status = mvc.perform(get("/admin/affichage/quartiers/" + f.id("neighbourhood")).param("semaine", "lundi")
                .with(user(f.people.get(Role.STAFF)))).andReturn().getResponse().getStatus();
        assertThat(status).isBetween(400, 499);
    }

    private byte[] download(String url, UserDetails person) throws Exception {
        var response = mvc.perform(get(url).param("semaine", week.toString()).with(user(person))).andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        return response.getContentAsByteArray();
    }

    private int status(String url, UserDetails person) throws Exception {
        return mvc.perform(get(url).param("semaine", week.toString()).with(user(person))).andReturn().getResponse()
                .getStatus();
    }

    private static List<String> pages(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        List<String> pages = new ArrayList<>();
        for (int i = 1; i <= reader.getNumberOfPages(); i++) {
            // lines broken inside a cell come back with a line break: joined with spaces for the assertions
            pages.add(extractor.getTextFromPage(i).replaceAll("\\s+", " "));
        }
        return pages;
    }

    /** The first sheet of each entrance: it starts with the entrance's street line. */
    private static List<String> entrancePages(List<String> pages) {
        return pages.stream().filter(p -> p.startsWith("3 bis Rue des Acacias") || p.startsWith("12 Rue des Tilleuls"))
                .toList();
    }

    private void address(String id, String number, String repetition, String street) {
        jdbc.update("""
                insert into address (id, street_id, numero, numero_int, rep, nom_voie, code_postal, nom_commune, lon, lat)
                values (?, ?, ?, ?, ?, ?, '69100', 'Villeurbanne', 4.88, 45.77)""", id,
                Math.abs((long) street.hashCode()) + f.run.hashCode(), number, Integer.parseInt(number), repetition,
                street);
    }
}
