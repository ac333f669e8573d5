package org.voisinage.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.voisinage.account.AccountForm;
import org.voisinage.account.Signups;
import org.voisinage.directory.AddressImports;

/** The parts of the proofs that read the address directory: letter address blocks and the member register. */
@SpringBootTest
@AutoConfigureMockMvc
class VerificationDirectoryTests {

    /** A postcode, a town and a place (in the Atlantic) of our own: the database is shared with other test classes. */
    static final String POSTCODE = "97" + (100 + ThreadLocalRandom.current().nextInt(800));
    static final String TOWN = "Preuveville " + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36)
            .replaceAll("[0-9]", "q");
    static final double LON = -20.0 - ThreadLocalRandom.current().nextDouble(5);
    static final double LAT = 40.0 + ThreadLocalRandom.current().nextDouble(5);
    static final String STREET = "Rue des Glycines";
    static boolean imported;

    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    AddressImports imports;

    @Autowired
    Signups signups;

    @Autowired
    org.voisinage.notification.Outbox outbox;

    Fixtures data;
    long neighbourhood;
    long staff;

    @BeforeEach
    void setUp() {
        data = new Fixtures(jdbc, users);
        neighbourhood = data.neighbourhood(LON - 0.001, LAT - 0.001, LON + 0.001, LAT + 0.001);
        staff = data.staff();
        if (!imported) {
            List<String> lines = new ArrayList<>(List.of("id;id_fantoir;numero;rep;nom_voie;code_postal;code_insee;"
                    + "nom_commune;code_insee_ancienne_commune;nom_ancienne_commune;x;y;lon;lat;type_position;alias;"
                    + "nom_ld;libelle_acheminement;nom_afnor;source_position;source_nom_voie;certification_commune;"
                    + "cad_parcelles"));
            for (int n = 1; n <= 40; n++) {
                lines.add(String.join(";", id(n), "", Integer.toString(n), "", STREET, POSTCODE, "97000", TOWN, "", "",
                        "", "", Double.toString(LON), Double.toString(LAT), "entrée", "", "", "", "", "", "", "", ""));
            }
            var report = imports.importStream(
                    new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)), "verif.csv", "test");
            assertThat(report.rowsRejected()).isZero();
            imported = true;
        }
    }

    static String id(int number) {
        return POSTCODE + "_verif_" + number;
    }

    @Test
    void theLetterCarriesTheDirectoryAddressAndTheFlat() throws Exception {
        long resident = data.pending(neighbourhood, id(12));
        jdbc.update("update resident set flat = 'Bâtiment B, 3e étage' where id = ?", resident);

        MvcResult printed = mvc.perform(post("/admin/verifications/letters").with(csrf()).with(user(data.user(staff)))
                        .param("scope", "allWithoutLetter").param("neighbourhood", String.valueOf(neighbourhood)))
                .andExpect(status().isOk()).andReturn();
        PdfReader reader = new PdfReader(printed.getResponse().getContentAsByteArray());
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        String page = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(page).contains(data.displayName(resident)).contains("12 " + STREET)
                .contains("Bâtiment B, 3e étage").contains(POSTCODE + " " + TOWN).contains("Voisinage");

        // everyone in that neighbourhood now has a letter on its way: nothing more to print
        mvc.perform(post("/admin/verifications/letters").with(csrf()).with(user(data.user(staff)))
                        .param("scope", "allWithoutLetter").param("neighbourhood", String.valueOf(neighbourhood)))
                .andExpect(status().isSeeOther());
    }

    @Test
    void theMemberRegisterImportMatchesAddressesReportsBadLinesAndVerifiesPendingMembers() throws Exception {
        String number = Fixtures.unique("C").toUpperCase();
        long pending = data.resident("RESIDENT", "PENDING", neighbourhood, id(7), number);
        long elsewhere = data.resident("RESIDENT", "PENDING", neighbourhood, id(8), number + "X");
        String csv = "member_number;name;number;street;postcode;town\n"
                + " " + number.toLowerCase(Locale.ROOT) + " ;Camille Martin;7;rue des glycines;" + POSTCODE + ";" + TOWN + "\n"
                + number + "X;Lou Bernard;7;Rue des Glycines;" + POSTCODE + ";" + TOWN + "\n"
                + number + "Y;Sam;999;Rue Inconnue;" + POSTCODE + ";" + TOWN + "\n"
                + number + "Z;Sam;;Rue des Glycines;" + POSTCODE + ";" + TOWN + "\n";
        MockMultipartFile file = new MockMultipartFile("file", "membres.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

        MvcResult imported = mvc.perform(multipart("/admin/members").file(file).with(csrf()).with(user(data.user(staff))))
                .andExpect(redirectedUrl("/admin/members"))
                .andExpect(flash().attribute("success", "verification.members.imported"))
                .andReturn();
        ImportReport report = (ImportReport) imported.getFlashMap().get("report");
        assertThat(report.created()).isEqualTo(2);
        assertThat(report.verified()).isGreaterThanOrEqualTo(1);
        assertThat(report.problems()).extracting(ImportReport.LineProblem::lineNumber).containsExactly(4, 5);
        assertThat(report.problems().get(0).messageKey()).isEqualTo("verification.members.line.noAddress");
        assertThat(data.status(pending)).isEqualTo("VERIFIED");
        assertThat(data.audits(pending, "MEMBER_REGISTER", "VERIFIED")).isEqualTo(1);
        assertThat(data.status(elsewhere)).as("same number, other address").isEqualTo("PENDING");

        // the redirect's page, in the session the import started (flash attributes live in the PostgreSQL session)
        mvc.perform(get("/admin/members").with(user(data.user(staff))).cookie(imported.getResponse().getCookies()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ligne 4 : l’adresse « 999 Rue Inconnue")))
                .andExpect(content().string(containsString("Ligne 5 : la colonne number est vide.")));

        // importing again updates by member number, never duplicates
        MvcResult again = mvc.perform(multipart("/admin/members").file(file).with(csrf()).with(user(data.user(staff))))
                .andExpect(redirectedUrl("/admin/members")).andReturn();
        ImportReport second = (ImportReport) again.getFlashMap().get("report");
        assertThat(second.created()).isZero();
        assertThat(second.updated()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from member_register_entry where member_number like ?",
                Long.class, number + "%")).isEqualTo(2);
        assertThat(jdbc.queryForObject("select address_id from member_register_entry where member_number = ?",
                String.class, number)).isEqualTo(id(7));
    }

    @Test
    void aSignupWithARegisteredMemberNumberIsVerifiedOnceTheEmailIsConfirmed() throws Exception {
        String number = Fixtures.unique("S").toUpperCase();
        String csv = "member_number,name,number,street,postcode,town\n"
                + number + ",Camille,21," + STREET + "," + POSTCODE + "," + TOWN + "\n";
        mvc.perform(multipart("/admin/members").file(new MockMultipartFile("file", "m.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).with(csrf()).with(user(data.user(staff))))
                .andExpect(redirectedUrl("/admin/members"));

        String email = Fixtures.unique("signup") + "@test.voisinage.test";
        Signups.Outcome outcome = signups.register(new AccountForm(id(21), "Camille Sociétaire", email,
                "une-phrase-de-passe-solide-42", null, number.toLowerCase(Locale.ROOT)), Locale.FRENCH, "192.0.2.11");
        assertThat(outcome).isEqualTo(Signups.Outcome.CHECK_EMAIL);
        Long id = jdbc.queryForObject("select id from resident where email = ?", Long.class, email);
        assertThat(data.status(id)).as("no proof counts before the email address is confirmed").isEqualTo("PENDING");

        String text = org.voisinage.notification.OutboxDelivery.latestAsSentTo(context, email).textBody();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/email/confirm\\?token=([A-Za-z0-9_-]+)").matcher(text);
        assertThat(link.find()).as(text).isTrue();
        mvc.perform(post("/email/confirm").param("token", link.group(1)).with(csrf())).andExpect(redirectedUrl("/login"));
        assertThat(data.status(id)).isEqualTo("VERIFIED");
        assertThat(data.audits(id, "MEMBER_REGISTER", "VERIFIED")).isEqualTo(1);

        String otherEmail = Fixtures.unique("signup") + "@test.voisinage.test";
        signups.register(new AccountForm(id(22), "Lou Voisin", otherEmail, "une-phrase-de-passe-solide-42", null,
                number), Locale.FRENCH, "192.0.2.11");
        Long other = jdbc.queryForObject("select id from resident where email = ?", Long.class, otherEmail);
        assertThat(data.status(other)).as("registered at another address").isEqualTo("PENDING");
    }

    // --- issue 10, weakness 2: member numbers cannot be guessed ----------------------------------------------

    @Test
    void wrongMemberNumbersAreCountedPerAddressThenRefusedWithTheFormKept() throws Exception {
        String number = Fixtures.unique("G").toUpperCase();
        registerMember(number, id(30));
        // five guesses on one household, from five different connections
        for (int i = 0; i < 5; i++) {
            mvc.perform(signup(id(30), Fixtures.unique("guess") + "@test.voisinage.test", number + i, "192.0.2." + (60 + i)))
                    .andExpect(redirectedUrl("/signup/check-email"));
        }
        String email = Fixtures.unique("late") + "@test.voisinage.test";
        mvc.perform(signup(id(30), email, number, "192.0.2.70"))
                .andExpect(status().isTooManyRequests())
                .andExpect(model().attributeHasFieldErrorCode("account", "memberNumber",
                        "verification.memberNumber.tooManyAttempts"))
                .andExpect(content().string(containsString("Trop de numéros de sociétaire")))
                .andExpect(content().string(containsString("value=\"" + email + "\"")))
                .andExpect(content().string(containsString("value=\"" + number + "\"")));
        assertThat(jdbc.queryForObject("select count(*) from resident where email = ?", Long.class, email))
                .as("nothing is created").isZero();

        // without a number, the household can still sign up and prove its address another way
        mvc.perform(signup(id(30), email, "", "192.0.2.70")).andExpect(redirectedUrl("/signup/check-email"));
    }

    @Test
    void wrongMemberNumbersAreCountedPerClientWhicheverAddressTheyTarget() throws Exception {
        String client = "198.51.100." + ThreadLocalRandom.current().nextInt(100, 250);
        for (int n = 31; n <= 40; n++) {
            mvc.perform(signup(id(n), Fixtures.unique("guess") + "@test.voisinage.test", Fixtures.unique("W"), client))
                    .andExpect(redirectedUrl("/signup/check-email"));
        }
        mvc.perform(signup(id(29), Fixtures.unique("guess") + "@test.voisinage.test", Fixtures.unique("W"), client))
                .andExpect(status().isTooManyRequests())
                .andExpect(model().attributeHasFieldErrorCode("account", "memberNumber",
                        "verification.memberNumber.tooManyAttempts"));
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signup(String addressId,
            String email, String memberNumber, String from) {
        return post("/signup/account").param("addressId", addressId).param("displayName", "Voisin Curieux")
                .param("email", email).param("password", "une-phrase-de-passe-solide-42").param("flat", "")
                .param("memberNumber", memberNumber).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(from);
                    return request;
                });
    }

    private void registerMember(String number, String addressId) {
        jdbc.update("""
                insert into member_register_entry (member_number, name, number, street, postcode, town, address_id, imported_at)
                values (?, 'Camille', '30', ?, ?, ?, ?, now())""", number, STREET, POSTCODE, TOWN, addressId);
    }

}
