package org.voisinage.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

@SpringBootTest
@AutoConfigureMockMvc
class AddressAdminControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AddressImports imports;

    static UserRequestPostProcessor staff() {
        return user("staff@example.org").roles("STAFF");
    }

    @Test
    void anonymousPeopleAreSentToSignInAndResidentsRefused() throws Exception {
        mvc.perform(get("/admin/addresses")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/addresses").with(user("resident@example.org").roles("RESIDENT")))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/admin/addresses").file(csv("x.csv", "id")).with(csrf())
                        .with(user("resident@example.org").roles("RESIDENT")))
                .andExpect(status().isForbidden());
    }

    @Test
    void staffSeeTheFormWithItsSizeLimitAndThePastImports() throws Exception {
        mvc.perform(get("/admin/addresses").with(staff()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Importer un fichier BAN")))
                .andExpect(content().string(containsString("de 200 Mo au plus")))
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));
    }

    @Test
    void anEmptyUploadIsRefusedWithATranslatedMessage() throws Exception {
        mvc.perform(multipart("/admin/addresses").file(csv("empty.csv", "")).with(csrf()).with(staff()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez un fichier BAN non vide")));
        mvc.perform(multipart("/admin/addresses").with(csrf()).with(staff()).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a non-empty BAN file")));
        mvc.perform(multipart("/admin/addresses").file(csv("photo.jpg", "not a csv")).with(csrf()).with(staff()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Seuls les fichiers .csv et .csv.gz")));
    }

    @Test
    void anUploadRunsInTheBackgroundAndShowsItsProgressAndRejectedLines() throws Exception {
        String csv = BanCsvGenerator.HEADER + "\n"
                + "web_1;;1;;Rue de la Boube;97200;;Webville;;;;;4.88;45.76;;;;;;;;;\n"
                + "web_2;;two;;Rue de la Boube;97200;;Webville;;;;;4.88;45.76;;;;;;;;;\n";
        MvcResult result = mvc.perform(multipart("/admin/addresses").file(csv("ban.csv", csv)).with(csrf()).with(staff()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/admin/addresses/imports/");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        for (int i = 0; i < 100 && imports.get(id).running(); i++) {
            Thread.sleep(100);
        }

        assertThat(imports.get(id).status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(imports.get(id).startedBy()).isEqualTo("staff@example.org");
        mvc.perform(get(location).with(staff()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<progress")))
                .andExpect(content().string(containsString("Terminé")))
                .andExpect(content().string(containsString("Le numéro n’est pas un nombre entier")))
                .andExpect(content().string(not(containsString("hx-trigger"))));
        mvc.perform(get(location).with(staff()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"progress\"")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/admin/addresses").with(staff()))
                .andExpect(content().string(containsString(">ban.csv<")));
    }

    @Test
    void anUnknownImportIsNotFound() throws Exception {
        mvc.perform(get("/admin/addresses/imports/987654321").with(staff())).andExpect(status().isNotFound());
    }

    @Test
    void aFileOverTheServletLimitSendsBackToTheFormWithAMessage() throws Exception {
        MockMvc standalone = MockMvcBuilders.standaloneSetup(new TooLargeController())
                .setControllerAdvice(new UploadTooLargeAdvice()).build();

        standalone.perform(multipart("/admin/addresses").file(csv("big.csv", "id")))
                .andExpect(redirectedUrl("/admin/addresses"))
                .andExpect(flash().attribute("error", "directory.upload.tooLargeFlash"));
    }

    /** Stands for the multipart parsing that refuses a request over spring.servlet.multipart.max-file-size. */
    @Controller
    static class TooLargeController {
        @PostMapping("/admin/addresses")
        String upload() {
            throw new MaxUploadSizeExceededException(200L * 1024 * 1024);
        }
    }

    private static MockMultipartFile csv(String name, String content) {
        return new MockMultipartFile("file", name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }
}
