package org.voisinage.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Request logs name routes, not paths: the keys and tokens paths carry stay out of the logs. */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class RequestLoggingTests {

    static final String KEY = "Zk3xQ9vLm2Tn8RbW4yHc7A";

    @Autowired MockMvc mvc;

    @Test
    void theLineNamesTheRouteTemplateNeverTheKey(CapturedOutput output) throws Exception {
        mvc.perform(get("/desabonnement/{key}", KEY));
        mvc.perform(get("/suivre/confirmer/{token}", KEY + "x"));
        // refused by the security filters (no CSRF token) before any handler ran: matched after the fact
        mvc.perform(post("/desabonnement/{key}/frequence", KEY + "y").param("type", "test").param("id", "1"));
        // no route at all: a token-like segment is masked
        mvc.perform(get("/nulle-part/{token}", KEY + "z"));

        assertThat(output.getOut()).contains("GET /desabonnement/{key} 404", "GET /suivre/confirmer/{token} ",
                "POST /desabonnement/{key}/frequence 403", "GET /nulle-part/{masked} ");
        assertThat(output.getAll()).doesNotContain(KEY);
    }
}
