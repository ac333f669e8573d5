package org.voisinage.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.support.TestData;

/**
 * A read API token's life: made on the account page and shown once (only its SHA-256 kept), used, its last use
 * recorded and shown, revoked (then 401); out of calls, 429 with Retry-After. Staff limited to a territory make and
 * see application tokens of theirs only.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class ApiTokenTests {

    private static final Pattern TOKEN = Pattern.compile("vsn_[A-Za-z0-9_-]{43}");

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApiTokens tokens;
    @Autowired ProxyManager<String> rateLimitBuckets;

    long territory;
    long neighbourhood;
    UserDetails me;
    long myId;

    @BeforeEach
    void place() {
        territory = data.territory();
        neighbourhood = data.neighbourhoodSomewhereIn(territory, 160, 170, 70, 80);
        myId = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        me = data.user(myId);
    }

    @Test
    void aPersonalTokenIsShownOnceStoredHashedUsedWithItsLastUseShownThenRevoked() throws Exception {
        assertThat(mvc.perform(get("/account").with(user(me))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("/account/api-tokens");
        String made = mvc.perform(post("/account/api-tokens").with(csrf()).with(user(me)).param("name", "Tableau"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
                .andReturn().getResponse().getContentAsString();
        Matcher matcher = TOKEN.matcher(made);
        assertThat(matcher.find()).as("the token is shown once").isTrue();
        String token = matcher.group();

        var row = jdbc.queryForMap("select id, token_hash, hint, last_used_at from api_token where resident_id = ?",
                myId);
        assertThat(row.get("token_hash")).isEqualTo(sha256(token));
        assertThat(row.values().stream().map(String::valueOf)).noneMatch(value -> value.contains(token));
        assertThat(row.get("last_used_at")).isNull();
        assertThat(jdbc.queryForObject("select count(*) from spring_session_attributes"
                + " where position(convert_to(?, 'UTF8') in attribute_bytes) > 0", Long.class, token))
                .as("not kept in a session").isZero();

        String list = page();
        assertThat(list).contains("Tableau", String.valueOf(row.get("hint"))).doesNotContain(token);

        mvc.perform(get("/api/v1/listings").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select last_used_at from api_token where resident_id = ?",
                java.sql.Timestamp.class, myId)).isNotNull();
        assertThat(page()).doesNotContain("Jamais");

        // another resident cannot revoke it
        UserDetails other = data.user(data.resident("RESIDENT", "VERIFIED", neighbourhood, null));
        long id = ((Number) row.get("id")).longValue();
        mvc.perform(post("/account/api-tokens/" + id + "/revoke").with(csrf()).with(user(other)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/listings").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        mvc.perform(post("/account/api-tokens/" + id + "/revoke").with(csrf()).with(user(me)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/listings").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("api.tokenInvalid"));
        assertThat(page()).contains("Révoqué");
    }

    @Test
    void aNamelessTokenIsRefusedWithTheFormBack() throws Exception {
        String page = mvc.perform(post("/account/api-tokens").with(csrf()).with(user(me)).param("name", " "))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Donnez un nom au jeton.");
        assertThat(TOKEN.matcher(page).find()).isFalse();
    }

    @Test
    void aTokenOutOfCallsIs429WithRetryAfterWhileAnotherTokenStillCalls() throws Exception {
        ApiTokens.Made made = tokens.makePersonal(myId, "busy");
        // the token's bucket, made small here (the tests' plan is large): two calls an hour
        rateLimitBuckets.builder().build(ApiTokenFilter.PLAN_PER_TOKEN + ":" + sha256("token:" + made.id()),
                () -> BucketConfiguration.builder().addLimit(Bandwidth.builder().capacity(2)
                        .refillGreedy(2, Duration.ofHours(1)).build()).build()).getAvailableTokens();
        for (int i = 0; i < 2; i++) {
            mvc.perform(get("/api/v1/challenges").header("Authorization", "Bearer " + made.token()))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/challenges").header("Authorization", "Bearer " + made.token())
                        .header("Accept-Language", "en"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Too many calls")));
        String other = tokens.makePersonal(myId, "quiet").token();
        mvc.perform(get("/api/v1/challenges").header("Authorization", "Bearer " + other)).andExpect(status().isOk());
    }

    @Test
    void staffLimitedToATerritoryMakeAndSeeApplicationTokensOfTheirsOnly() throws Exception {
        long elsewhere = data.territory();
        long limited = data.resident("STAFF", "VERIFIED", null, null);
        jdbc.update("insert into staff_territory (resident_id, territory_id) values (?, ?)", limited, territory);
        UserDetails staff = data.user(limited);
        UserDetails global = data.user(data.resident("STAFF", "VERIFIED", null, null));

        mvc.perform(post("/admin/api-tokens").with(csrf()).with(user(staff)).param("name", "Ailleurs")
                        .param("territories", String.valueOf(elsewhere)))
                .andExpect(status().isBadRequest());
        String made = mvc.perform(post("/admin/api-tokens").with(csrf()).with(user(staff)).param("name", "Mairie")
                        .param("territories", String.valueOf(territory)).param("origins", "https://ville.example"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(TOKEN.matcher(made).find()).isTrue();
        mvc.perform(post("/admin/api-tokens").with(csrf()).with(user(global)).param("name", "Autre partenaire")
                        .param("territories", String.valueOf(elsewhere)).param("origins", "ftp://nope"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/api-tokens").with(csrf()).with(user(global)).param("name", "Autre partenaire")
                        .param("territories", String.valueOf(elsewhere)))
                .andExpect(status().isOk());
        long othersToken = jdbc.queryForObject("select max(t.id) from api_token t join api_token_territory tt"
                + " on tt.token_id = t.id where tt.territory_id = ?", Long.class, elsewhere);

        String list = mvc.perform(get("/admin/api-tokens").with(user(staff))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(list).contains("Mairie", "https://ville.example").doesNotContain("Autre partenaire");
        mvc.perform(post("/admin/api-tokens/" + othersToken + "/revoke").with(csrf()).with(user(staff)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/api-tokens/" + othersToken + "/revoke").with(csrf()).with(user(global)))
                .andExpect(status().is3xxRedirection());
    }

    private String page() throws Exception {
        return mvc.perform(get("/account/api-tokens").with(user(me))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
