package org.voisinage.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.support.TestData;

@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class SignInTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;

    @Test
    void signsInWithAnyCaseOfTheEmail() throws Exception {
        String email = data.emailOf(data.resident("RESIDENT", "PENDING", null, null));
        mvc.perform(formLogin("/login").user(email.toUpperCase()).password("secret-password"))
                .andExpect(authenticated());
    }

    @Test
    void anUnknownEmailAndAWrongPasswordLookAlike() throws Exception {
        String email = data.emailOf(data.resident("RESIDENT", "PENDING", null, null));
        mvc.perform(formLogin("/login").user(email).password("wrong-password"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("nobody-" + email).password("wrong-password"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void tooManyFailuresBlockTheAccountEvenWithTheRightPassword() throws Exception {
        String email = data.emailOf(data.resident("RESIDENT", "VERIFIED", null, null));
        for (int i = 0; i < 8; i++) {
            mvc.perform(signIn(email, "guess-" + i, "198.51.100." + i)).andExpect(unauthenticated());
        }
        mvc.perform(signIn(email, "secret-password", "198.51.100.99"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
    }

    private static MockHttpServletRequestBuilder signIn(String email, String password, String from) {
        return post("/login").param("username", email).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(from);
                    return request;
                });
    }
}
