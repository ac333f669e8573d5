package org.voisinage.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.voisinage.support.TestData;

/**
 * Issue 10, weakness 6: with the production settings, the limits per client key on the address of the connection,
 * and X-Forwarded-For (which anyone can write) is believed only from a configured proxy (here 198.51.100.7).
 */
@SpringBootTest(properties = {
        "voisinage.security.trusted-proxies=198.51.100.7",
        "voisinage.rate-limits.plans.sign-in-failures-per-ip.capacity=5",
        // the same limit under the name the in-memory throttle read, so that the former code fails for the right reason
        "voisinage.security.login-max-failures-per-ip=5",
        "voisinage.rate-limits.plans.emails-per-ip.capacity=3"})
@ActiveProfiles("prod")
@AutoConfigureMockMvc
@Import(TestData.class)
class ClientAddressLimitsTests {

    static final String PROXY = "198.51.100.7";

    @Autowired MockMvc mvc;
    @Autowired TestData data;

    @Test
    void aSpoofedForwardedForDoesNotDodgeTheSignInLimitPerClient() throws Exception {
        String attacker = "203.0.113.9";
        for (int i = 0; i < 5; i++) {
            mvc.perform(signIn(TestData.unique("nobody") + "@test.voisinage.test", "guess", attacker, "10.1.2." + i))
                    .andExpect(unauthenticated());
        }
        String email = data.emailOf(data.resident("RESIDENT", "VERIFIED", null, null));
        mvc.perform(signIn(email, "secret-password", attacker, "10.1.2.99"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?wait"));
    }

    @Test
    void behindTheTrustedProxyEachClientIsCountedApart() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(signIn(TestData.unique("nobody") + "@test.voisinage.test", "guess", PROXY, "192.0.2." + (10 + i)))
                    .andExpect(unauthenticated());
        }
        String email = data.emailOf(data.resident("RESIDENT", "VERIFIED", null, null));
        // had the proxy's own address been counted, its five failures would stop everyone behind it
        mvc.perform(signIn(email, "secret-password", PROXY, "192.0.2.50")).andExpect(authenticated());
    }

    @Test
    void aSpoofedForwardedForDoesNotDodgeTheEmailLimitPerClient() throws Exception {
        String sender = "203.0.113.10";
        for (int i = 0; i < 3; i++) {
            mvc.perform(forgot(TestData.unique("someone") + "@test.voisinage.test", sender, "10.9.8." + i))
                    .andExpect(status().is3xxRedirection());
        }
        String email = TestData.unique("someone") + "@test.voisinage.test";
        mvc.perform(forgot(email, sender, "10.9.8.99"))
                .andExpect(status().isTooManyRequests())
                .andExpect(model().attributeHasFieldErrorCode("forgot", "email", "common.tooManyEmails"));
    }

    private static MockHttpServletRequestBuilder signIn(String email, String password, String from, String forwardedFor) {
        return post("/login").param("username", email).param("password", password).with(csrf())
                .header("X-Forwarded-For", forwardedFor)
                .with(request -> {
                    request.setRemoteAddr(from);
                    return request;
                });
    }

    private static MockHttpServletRequestBuilder forgot(String email, String from, String forwardedFor) {
        return post("/password/forgot").param("email", email).with(csrf()).header("X-Forwarded-For", forwardedFor)
                .with(request -> {
                    request.setRemoteAddr(from);
                    return request;
                });
    }
}
