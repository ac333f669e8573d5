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
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.voisinage.account.ResidentEmailConfirmed;
import org.voisinage.account.ResidentSignedUp;
import org.voisinage.verification.internal.LetterCodes;

@SpringBootTest
@AutoConfigureMockMvc
class VerificationIntegrationTests {

    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired
    org.voisinage.account.AccountLinks accountLinks;

    @Autowired
    org.voisinage.notification.Outbox outbox;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    MemberRegister register;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactionManager;

    Fixtures data;
    long neighbourhood;
    long staff;

    @BeforeEach
    void setUp() {
        data = new Fixtures(jdbc, users);
        neighbourhood = data.neighbourhood();
        staff = data.staff();
    }

    // --- access -----------------------------------------------------------------------------------------

    @Test
    void adminPagesAreForStaffOnly() throws Exception {
        long resident = data.verified(neighbourhood, null);
        for (String url : new String[] {"/admin/verifications", "/admin/verifications/audit", "/admin/members"}) {
            mvc.perform(get(url)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
            mvc.perform(get(url).with(user(data.user(resident)))).andExpect(status().isForbidden());
            mvc.perform(get(url).with(user(data.user(staff)))).andExpect(status().isOk());
        }
        mvc.perform(post("/admin/verifications/letters").with(csrf()).with(user(data.user(resident)))
                .param("scope", "allWithoutLetter")).andExpect(status().isForbidden());
    }

    @Test
    void unknownResidentsAreNotFound() throws Exception {
        mvc.perform(get("/admin/verifications/987654321").with(user(data.user(staff)))).andExpect(status().isNotFound());
        mvc.perform(post("/admin/verifications/987654321/verify").with(csrf()).with(user(data.user(staff))))
                .andExpect(status().isNotFound());
        long voucher = data.verified(neighbourhood, null);
        mvc.perform(post("/verification/vouch/987654321").with(csrf()).with(user(data.user(voucher))))
                .andExpect(status().isNotFound());
    }

    // --- letters ----------------------------------------------------------------------------------------

    @Test
    void lettersArePrintedOnePagePerResidentAndTheirCodeVerifies() throws Exception {
        long camille = data.pending(neighbourhood, null);
        long lou = data.pending(neighbourhood, null);

        MvcResult printed = mvc.perform(post("/admin/verifications/letters").with(csrf()).with(user(data.user(staff)))
                        .param("residentIds", String.valueOf(camille), String.valueOf(lou)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn();
        byte[] pdf = printed.getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isEqualTo(2);
        String firstPage = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(firstPage).contains(data.displayName(camille)).contains("Rue des Lilas").contains("/verification");
        String code = codeOn(firstPage);
        assertThat(jdbc.queryForObject("select count(*) from verification_letter where code_hash like ?", Long.class,
                "%" + code + "%")).isZero();

        mvc.perform(get("/admin/verifications").with(user(data.user(staff))).param("filter", "LETTER_GENERATED")
                        .param("neighbourhood", String.valueOf(neighbourhood)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 courriers imprimés")))
                .andExpect(content().string(containsString(data.displayName(lou))));
        String batch = printed.getResponse().getHeader("X-Letter-Batch");
        mvc.perform(post("/admin/verifications/letters/sent").with(csrf()).with(user(data.user(staff))).param("batchId", batch))
                .andExpect(redirectedUrl("/admin/verifications"));
        assertThat(jdbc.queryForObject("select status from verification_letter where resident_id = ?", String.class, camille))
                .isEqualTo("SENT");
        mvc.perform(get("/verification").with(user(data.user(camille))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("a été posté")));

        String typed = code.toLowerCase().replace("-", "");
        mvc.perform(post("/verification/code").with(csrf()).with(user(data.user(camille))).param("code", typed))
                .andExpect(redirectedUrl("/verification"))
                .andExpect(flash().attribute("success", "verification.code.VERIFIED"));
        assertThat(data.status(camille)).isEqualTo("VERIFIED");
        assertThat(data.status(lou)).isEqualTo("PENDING");
        assertThat(data.audits(camille, "LETTER", "VERIFIED")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select status from verification_letter where resident_id = ?", String.class, camille))
                .isEqualTo("USED");
    }

    @Test
    void aNewLetterRevokesThePreviousCode() throws Exception {
        long resident = data.pending(neighbourhood, null);
        String first = codeOn(printFor(resident));
        String second = codeOn(printFor(resident));

        mvc.perform(post("/verification/code").with(csrf()).with(user(data.user(resident))).param("code", first))
                .andExpect(status().isUnprocessableContent())
                .andExpect(model().attributeHasFieldErrorCode("codeForm", "code", "verification.code.REVOKED"));
        mvc.perform(post("/verification/code").with(csrf()).with(user(data.user(resident))).param("code", second))
                .andExpect(redirectedUrl("/verification"));
        assertThat(data.status(resident)).isEqualTo("VERIFIED");
    }

    @Test
    void fiveWrongCodesLockTheResidentOutInTheDatabase() throws Exception {
        long resident = data.pending(neighbourhood, null);
        String code = letterWithKnownCode(resident);
        String wrong = code.equals("ABCDEFGH") ? "ABCDEFGJ" : "ABCDEFGH";
        for (int i = 1; i <= 4; i++) {
            mvc.perform(post("/verification/code").with(csrf()).with(user(data.user(resident))).param("code", wrong))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(model().attributeHasFieldErrorCode("codeForm", "code", "verification.code.WRONG"));
        }
        mvc.perform(post("/verification/code").with(csrf()).with(user(data.user(resident))).param("code", wrong))
                .andExpect(model().attributeHasFieldErrorCode("codeForm", "code", "verification.code.LOCKED"))
                .andExpect(content().string(containsString("Trop de codes erronés")));
        assertThat(jdbc.queryForObject("select failures from verification_code_attempts where resident_id = ?",
                Integer.class, resident)).isEqualTo(5);
        assertThat(jdbc.queryForObject("""
                select locked_until between now() + interval '14 minutes' and now() + interval '16 minutes'
                from verification_code_attempts where resident_id = ?""", Boolean.class, resident)).isTrue();

        mvc.perform(get("/verification").with(user(data.user(resident))))
                .andExpect(content().string(containsString("Vous avez saisi trop de codes erronés")));
        // even the right code waits for the end of the lock
        mvc.perform(post("/verification/code").with(csrf()).with(user(data.user(resident))).param("code", code))
                .andExpect(model().attributeHasFieldErrorCode("codeForm", "code", "verification.code.LOCKED"));
        assertThat(data.status(resident)).isEqualTo("PENDING");

        // once the lock is over, the next miss locks twice as long
        jdbc.update("update verification_code_attempts set locked_until = now() - interval '1 second' where resident_id = ?", resident);
        mvc.perform(post("/verification/code").with(csrf()).with(user(data.user(resident))).param("code", wrong))
                .andExpect(model().attributeHasFieldErrorCode("codeForm", "code", "verification.code.LOCKED"));
        assertThat(jdbc.queryForObject("""
                select locked_until between now() + interval '29 minutes' and now() + interval '31 minutes'
                from verification_code_attempts where resident_id = ?""", Boolean.class, resident)).isTrue();
    }

    @Test
    void expiredAndMalformedCodesAreExplainedAndNotCounted() throws Exception {
        long resident = data.pending(neighbourhood, null);
        String code = letterWithKnownCode(resident);
        mvc.perform(post("/verification/code").with(csrf()).with(user(data.user(resident))).param("code", "AB0"))
                .andExpect(model().attributeHasFieldErrorCode("codeForm", "code", "verification.code.MALFORMED"))
                .andExpect(content().string(containsString("value=\"AB0\"")));
        mvc.perform(post("/verification/code").with(csrf()).with(user(data.user(resident))).param("code", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(model().attributeHasFieldErrorCode("codeForm", "code", "NotBlank"));

        jdbc.update("update verification_letter set expires_at = now() - interval '1 minute' where resident_id = ?", resident);
        mvc.perform(post("/verification/code").with(csrf()).with(user(data.user(resident))).param("code", code))
                .andExpect(model().attributeHasFieldErrorCode("codeForm", "code", "verification.code.EXPIRED"))
                .andExpect(content().string(containsString("a expiré")));
        assertThat(data.status(resident)).isEqualTo("PENDING");
        assertThat(jdbc.queryForObject("select coalesce(max(failures), 0) from verification_code_attempts where resident_id = ?",
                Integer.class, resident)).isZero();
    }

    @Test
    void aResidentWithoutLetterIsToldSo() throws Exception {
        long resident = data.pending(neighbourhood, null);
        mvc.perform(post("/verification/code").with(csrf()).with(user(data.user(resident))).param("code", "ABCD-EFGH"))
                .andExpect(model().attributeHasFieldErrorCode("codeForm", "code", "verification.code.NO_LETTER"));
    }

    @Test
    void thePendingPageExplainsTheFourWaysInEnglishToo() throws Exception {
        long resident = data.pending(neighbourhood, null);
        mvc.perform(get("/verification").with(user(data.user(resident))).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The letter with a code")))
                .andExpect(content().string(containsString("Two neighbours vouch for you")))
                .andExpect(content().string(containsString("Your cooperative member number")))
                .andExpect(content().string(containsString("A member of staff checks")))
                .andExpect(content().string(containsString("Vouches received: 0 of 2")));
        long verified = data.verified(neighbourhood, null);
        mvc.perform(get("/verification").with(user(data.user(verified))).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("You are verified")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("The letter with a code"))));
        mvc.perform(get("/verification")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void anEnglishSpeakerGetsAnEnglishLetter() throws Exception {
        long resident = data.pending(neighbourhood, null);
        jdbc.update("update resident set locale = 'en' where id = ?", resident);
        assertThat(printFor(resident)).contains("Your Voisinage verification code").contains("valid until");
    }

    // --- issue 10, weakness 2: no proof counts before the email address is confirmed -------------------------

    @Test
    void aLetterCodeTypedBeforeTheEmailIsConfirmedIsRefusedUncountedAndWorksAfter() throws Exception {
        long pending = data.pending(neighbourhood, null);
        jdbc.update("update resident set email_confirmed_at = null where id = ?", pending);
        String code = letterWithKnownCode(pending);

        mvc.perform(post("/verification/code").param("code", code).with(csrf()).with(user(data.user(pending))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(model().attributeHasFieldErrorCode("codeForm", "code", "verification.code.EMAIL_UNCONFIRMED"))
                .andExpect(content().string(containsString("value=\"" + code + "\"")));
        assertThat(data.status(pending)).isEqualTo("PENDING");
        assertThat(jdbc.queryForObject("select count(*) from verification_code_attempts where resident_id = ? and failures > 0",
                Long.class, pending)).isZero();

        confirmEmail(pending);
        mvc.perform(post("/verification/code").param("code", code).with(csrf()).with(user(data.user(pending))))
                .andExpect(redirectedUrl("/verification"));
        assertThat(data.status(pending)).isEqualTo("VERIFIED");
    }

    @Test
    void vouchesGivenBeforeTheEmailIsConfirmedCountWhenItIs() throws Exception {
        long pending = data.pending(neighbourhood, null);
        jdbc.update("update resident set email_confirmed_at = null where id = ?", pending);
        long first = data.verified(neighbourhood, null);
        long second = data.verified(neighbourhood, null);
        mvc.perform(post("/verification/vouch/{id}", pending).with(csrf()).with(user(data.user(first))))
                .andExpect(flash().attribute("success", "verification.vouch.done"));
        mvc.perform(post("/verification/vouch/{id}", pending).with(csrf()).with(user(data.user(second))))
                .andExpect(flash().attribute("success", "verification.vouch.done"));
        assertThat(data.status(pending)).as("no proof counts before the email address is confirmed").isEqualTo("PENDING");
        mvc.perform(get("/verification").with(user(data.user(pending))))
                .andExpect(content().string(containsString("pas encore confirmée")));

        confirmEmail(pending);
        assertThat(data.status(pending)).isEqualTo("VERIFIED");
        assertThat(data.audits(pending, "VOUCHING", "VERIFIED")).isEqualTo(1);
    }

    /** The resident follows the link of the confirmation email, as they would from their mailbox. */
    private void confirmEmail(long residentId) throws Exception {
        accountLinks.resendConfirmation(residentId);
        String email = jdbc.queryForObject("select email from resident where id = ?", String.class, residentId);
        String text = org.voisinage.notification.OutboxDelivery.latestAsSentTo(context, email).textBody();
        Matcher link = Pattern.compile("/email/confirm\\?token=([A-Za-z0-9_-]+)").matcher(text);
        assertThat(link.find()).as(text).isTrue();
        mvc.perform(post("/email/confirm").param("token", link.group(1)).with(csrf())).andExpect(redirectedUrl("/login"));
    }

    // --- vouching ---------------------------------------------------------------------------------------

    @Test
    void twoVouchesFromVerifiedNeighboursVerify() throws Exception {
        long pending = data.pending(neighbourhood, null);
        long first = data.verified(neighbourhood, null);
        long second = data.verified(neighbourhood, null);

        mvc.perform(get("/verification/vouch").with(user(data.user(first))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(data.displayName(pending))));
        mvc.perform(post("/verification/vouch/{id}", pending).with(csrf()).with(user(data.user(first))))
                .andExpect(flash().attribute("success", "verification.vouch.done"));
        mvc.perform(post("/verification/vouch/{id}", pending).with(csrf()).with(user(data.user(first))))
                .andExpect(flash().attribute("error", "verification.vouch.refused.ALREADY_VOUCHED"));
        mvc.perform(get("/verification").with(user(data.user(pending))))
                .andExpect(content().string(containsString("Parrainages reçus : 1 sur 2")));
        assertThat(data.status(pending)).isEqualTo("PENDING");

        mvc.perform(post("/verification/vouch/{id}", pending).with(csrf()).with(user(data.user(second))))
                .andExpect(flash().attribute("success", "verification.vouch.doneVerified"));
        assertThat(data.status(pending)).isEqualTo("VERIFIED");
        assertThat(data.audits(pending, "VOUCHING", "VERIFIED")).isEqualTo(1);
    }

    @Test
    void aVoucherHasThreeVouchesIn30Days() throws Exception {
        long voucher = data.verified(neighbourhood, null);
        for (int i = 0; i < 3; i++) {
            long pending = data.pending(neighbourhood, null);
            mvc.perform(post("/verification/vouch/{id}", pending).with(csrf()).with(user(data.user(voucher))))
                    .andExpect(flash().attribute("success", "verification.vouch.done"));
        }
        long fourth = data.pending(neighbourhood, null);
        mvc.perform(post("/verification/vouch/{id}", fourth).with(csrf()).with(user(data.user(voucher))))
                .andExpect(flash().attribute("error", "verification.vouch.refused.QUOTA_REACHED"));
        assertThat(jdbc.queryForObject("select count(*) from verification_vouch where vouchee_id = ?", Long.class, fourth)).isZero();

        // the window rolls: a vouch older than 30 days no longer counts
        jdbc.update("""
                update verification_vouch set created_at = now() - interval '31 days'
                where id = (select min(id) from verification_vouch where voucher_id = ?)""", voucher);
        mvc.perform(post("/verification/vouch/{id}", fourth).with(csrf()).with(user(data.user(voucher))))
                .andExpect(flash().attribute("success", "verification.vouch.done"));
    }

    @Test
    void onlyVerifiedResidentsOfTheSameNeighbourhoodMayVouch() throws Exception {
        long pending = data.pending(neighbourhood, null);
        long elsewhere = data.verified(data.neighbourhood(), null);
        long alsoPending = data.pending(neighbourhood, null);

        mvc.perform(post("/verification/vouch/{id}", pending).with(csrf()).with(user(data.user(elsewhere))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/verification/vouch/{id}", pending).with(csrf()).with(user(data.user(alsoPending))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/verification/vouch/{id}", alsoPending).with(csrf()).with(user(data.user(alsoPending))))
                .andExpect(flash().attribute("error", "verification.vouch.refused.SELF"));
        mvc.perform(get("/verification/vouch").with(user(data.user(alsoPending))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Seuls les habitants vérifiés")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(data.displayName(pending)))));
        mvc.perform(get("/verification/vouch").with(user(data.user(elsewhere))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(data.displayName(pending)))));
        assertThat(jdbc.queryForObject("select count(*) from verification_vouch where vouchee_id = ?", Long.class, pending)).isZero();
    }

    // --- staff review and the household cap -------------------------------------------------------------

    @Test
    void staffVerifyOrRejectWithAWrittenReason() throws Exception {
        long toVerify = data.pending(neighbourhood, null);
        long toReject = data.pending(neighbourhood, null);

        mvc.perform(get("/admin/verifications").with(user(data.user(staff))).param("neighbourhood", String.valueOf(neighbourhood)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(data.displayName(toVerify))));
        mvc.perform(post("/admin/verifications/{id}/verify", toVerify).with(csrf()).with(user(data.user(staff))))
                .andExpect(flash().attribute("success", "verification.staff.verified"));
        assertThat(data.status(toVerify)).isEqualTo("VERIFIED");
        assertThat(jdbc.queryForObject("""
                select actor_id from verification_audit where resident_id = ? and method = 'STAFF_REVIEW'""",
                Long.class, toVerify)).isEqualTo(staff);

        mvc.perform(post("/admin/verifications/{id}/reject", toReject).with(csrf()).with(user(data.user(staff)))
                        .param("reason", "too short"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(model().attributeHasFieldErrors("rejectForm", "reason"))
                .andExpect(content().string(containsString("entre 10 et 1000 caractères")))
                .andExpect(content().string(containsString("too short")));
        mvc.perform(post("/admin/verifications/{id}/reject", toReject).with(csrf()).with(user(data.user(staff)))
                        .param("reason", "x".repeat(1001)))
                .andExpect(status().isUnprocessableContent());
        assertThat(data.status(toReject)).isEqualTo("PENDING");

        String reason = "Nous n’avons pas pu lire la quittance : envoyez-en une plus nette.";
        mvc.perform(post("/admin/verifications/{id}/reject", toReject).with(csrf()).with(user(data.user(staff)))
                        .param("reason", reason))
                .andExpect(flash().attribute("success", "verification.staff.rejected"));
        assertThat(data.status(toReject)).isEqualTo("REJECTED");
        assertThat(jdbc.queryForObject("select reason from verification_audit where resident_id = ? and outcome = 'REJECTED'",
                String.class, toReject)).isEqualTo(reason);

        mvc.perform(get("/admin/verifications").with(user(data.user(staff))).param("filter", "REJECTED")
                        .param("neighbourhood", String.valueOf(neighbourhood)))
                .andExpect(content().string(containsString(data.displayName(toReject))));
        mvc.perform(get("/admin/verifications/{id}", toReject).with(user(data.user(staff))))
                .andExpect(status().isOk()).andExpect(content().string(containsString(reason)));
        mvc.perform(get("/admin/verifications/audit").with(user(data.user(staff))).param("method", "STAFF_REVIEW"))
                .andExpect(status().isOk()).andExpect(content().string(containsString(data.displayName(toReject))));
        mvc.perform(get("/admin/verifications/audit").with(user(data.user(staff))).param("method", "NOPE"))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void aSeventhAccountAtOneAddressIsRefusedWithTheContactStaffMessage() throws Exception {
        String address = Fixtures.unique("addr");
        for (int i = 0; i < 6; i++) {
            data.verified(neighbourhood, address);
        }
        long seventh = data.pending(neighbourhood, address);

        mvc.perform(post("/admin/verifications/{id}/verify", seventh).with(csrf()).with(user(data.user(staff))))
                .andExpect(flash().attribute("error", "verification.householdFull"));
        assertThat(data.status(seventh)).isEqualTo("PENDING");
        assertThat(data.audits(seventh, "STAFF_REVIEW", "HOUSEHOLD_FULL")).isEqualTo(1);

        String code = letterWithKnownCode(seventh);
        mvc.perform(post("/verification/code").with(csrf()).with(user(data.user(seventh))).param("code", code))
                .andExpect(model().attributeHasFieldErrorCode("codeForm", "code", "verification.householdFull"))
                .andExpect(content().string(containsString("contactez l’équipe")));
        assertThat(data.status(seventh)).isEqualTo("PENDING");
        assertThat(jdbc.queryForObject("select status from verification_letter where resident_id = ?", String.class, seventh))
                .isEqualTo("GENERATED");

        long first = data.verified(neighbourhood, null);
        long second = data.verified(neighbourhood, null);
        mvc.perform(post("/verification/vouch/{id}", seventh).with(csrf()).with(user(data.user(first))));
        mvc.perform(post("/verification/vouch/{id}", seventh).with(csrf()).with(user(data.user(second))))
                .andExpect(flash().attribute("error", "verification.householdFull"));
        assertThat(data.status(seventh)).isEqualTo("PENDING");
    }

    // --- member register (without the directory: rows written straight to the table) -------------------

    @Test
    void aSignupWithARegisteredMemberNumberAndAddressIsVerifiedOnceTheEmailIsConfirmed() {
        String address = Fixtures.unique("addr");
        String number = Fixtures.unique("M").toUpperCase();
        registerMember(number, address);
        long member = data.resident("RESIDENT", "PENDING", neighbourhood, address, " " + number.toLowerCase() + " ");
        long otherAddress = data.resident("RESIDENT", "PENDING", neighbourhood, Fixtures.unique("addr"), number);

        TransactionTemplate signup = new TransactionTemplate(transactionManager);
        signup.executeWithoutResult(s -> events.publishEvent(
                new ResidentSignedUp(member, neighbourhood, address, " " + number.toLowerCase() + " ", "192.0.2.10")));
        signup.executeWithoutResult(s -> events.publishEvent(
                new ResidentSignedUp(otherAddress, neighbourhood, "elsewhere", number, "192.0.2.10")));
        assertThat(data.status(member)).as("no proof counts before the email address is confirmed").isEqualTo("PENDING");

        signup.executeWithoutResult(s -> events.publishEvent(new ResidentEmailConfirmed(member)));
        signup.executeWithoutResult(s -> events.publishEvent(new ResidentEmailConfirmed(otherAddress)));
        assertThat(data.status(member)).isEqualTo("VERIFIED");
        assertThat(data.audits(member, "MEMBER_REGISTER", "VERIFIED")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select actor_id from verification_audit where resident_id = ?", Long.class, member)).isNull();
        assertThat(data.status(otherAddress)).isEqualTo("PENDING");
    }

    @Test
    void pendingResidentsTheRegisterNowProvesAreVerified() throws Exception {
        String address = Fixtures.unique("addr");
        String number = Fixtures.unique("M").toUpperCase();
        long pending = data.resident("RESIDENT", "PENDING", neighbourhood, address, number);
        mvc.perform(get("/admin/verifications").with(user(data.user(staff))).param("filter", "MEMBER_MATCH")
                        .param("neighbourhood", String.valueOf(neighbourhood)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(data.displayName(pending)))));

        registerMember(number, address);
        mvc.perform(get("/admin/verifications").with(user(data.user(staff))).param("filter", "MEMBER_MATCH")
                        .param("neighbourhood", String.valueOf(neighbourhood)))
                .andExpect(content().string(containsString(data.displayName(pending))))
                .andExpect(content().string(containsString("Sociétaire reconnu")));

        assertThat(register.verifyPendingMatches()).isGreaterThanOrEqualTo(1);
        assertThat(data.status(pending)).isEqualTo("VERIFIED");
        assertThat(data.audits(pending, "MEMBER_REGISTER", "VERIFIED")).isEqualTo(1);
    }

    @Test
    void memberImportRefusesFilesThatAreNotCsvOrMalformed() throws Exception {
        mvc.perform(multipart("/admin/members").file(new MockMultipartFile("file", "members.txt", "text/plain", "x".getBytes()))
                        .with(csrf()).with(user(data.user(staff))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(model().attributeHasFieldErrorCode("importForm", "file", "verification.members.file.notCsv"));
        mvc.perform(multipart("/admin/members").with(csrf()).with(user(data.user(staff))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(model().attributeHasFieldErrorCode("importForm", "file", "verification.members.file.required"));
        mvc.perform(multipart("/admin/members").file(new MockMultipartFile("file", "m.csv", "text/csv", "a;b\n1;2\n".getBytes()))
                        .with(csrf()).with(user(data.user(staff))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("member_number;name;number;street;postcode;town")));
        byte[] big = new byte[(int) AdminMemberController.MAX_BYTES + 1];
        mvc.perform(multipart("/admin/members").file(new MockMultipartFile("file", "m.csv", "text/csv", big))
                        .with(csrf()).with(user(data.user(staff))))
                .andExpect(model().attributeHasFieldErrorCode("importForm", "file", "verification.members.file.tooLarge"));
    }

    // --- helpers ----------------------------------------------------------------------------------------

    private String printFor(long residentId) throws Exception {
        byte[] pdf = mvc.perform(post("/admin/verifications/letters").with(csrf()).with(user(data.user(staff)))
                        .param("residentIds", String.valueOf(residentId)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        return new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
    }

    private static String codeOn(String page) {
        Matcher matcher = Pattern.compile("\\b([" + LetterCodes.ALPHABET + "]{4}-[" + LetterCodes.ALPHABET + "]{4})\\b")
                .matcher(page);
        assertThat(matcher.find()).as("a code on the page:%n%s", page).isTrue();
        return matcher.group(1);
    }

    /** A letter straight in the table, so a test knows its code without printing. */
    private String letterWithKnownCode(long residentId) {
        SecureRandom random = new SecureRandom();
        String code = LetterCodes.generate(random);
        String salt = LetterCodes.newSalt(random);
        jdbc.update("""
                insert into verification_letter (resident_id, batch_id, code_salt, code_hash, status, created_at, expires_at)
                values (?, gen_random_uuid(), ?, ?, 'GENERATED', now(), now() + interval '30 days')""",
                residentId, salt, LetterCodes.hash(salt, code));
        return code;
    }

    private void registerMember(String number, String addressId) {
        jdbc.update("""
                insert into member_register_entry (member_number, name, number, street, postcode, town, address_id, imported_at)
                values (?, 'Camille', '12', 'Rue des Lilas', '69100', 'Villeurbanne', ?, now())""", number, addressId);
    }
}
