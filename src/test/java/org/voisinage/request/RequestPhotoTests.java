package org.voisinage.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.voisinage.account.AccountErasure;
import org.voisinage.common.Photos;
import org.voisinage.common.PhotosTests;
import org.voisinage.support.TestData;

/**
 * Photos on private requests to staff: attached by the resident (when writing and in the thread) and by staff,
 * served only to those who may read their message (never cached), refused with a translated message that keeps
 * what was typed, in the resident's export, erased with their account.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class RequestPhotoTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired Photos photos;
    @Autowired RequestPersonalData personalData;
    @Autowired AccountErasure erasure;

    @Test
    void photosAreReadByWhoMayReadTheirMessageOnlyAndNeverCached() throws Exception {
        long territory = data.territory();
        long otherTerritory = data.territory();
        long neighbourhood = data.neighbourhoodSomewhereIn(territory, -60, 60, -40, 40);
        long resident = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        long neighbour = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        long staff = data.resident("STAFF", "VERIFIED", null, null);
        long staffElsewhere = data.resident("STAFF", "VERIFIED", null, null);
        jdbc.update("insert into staff_territory (resident_id, territory_id) values (?, ?)", staffElsewhere,
                otherTerritory);
        String subject = "Interphone arraché " + TestData.unique("r");

        String location = mvc.perform(newRequest(resident, subject, "Voir les photos.", png("a"), png("b")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/demandes/".length()));
        List<String> names = jdbc.queryForList("select file_name from request_photo where request_id = ? order by id",
                String.class, id);
        assertThat(names).hasSize(2);
        String photo = location + "/photos/" + names.get(0);
        String thumbnail = location + "/photos/" + Photos.thumbnailName(names.get(0));

        // both sides see the thumbnails; the photo is the resident's and their territory's staff's, kept by no cache
        assertThat(page(location, data.user(resident))).contains(thumbnail).contains("href=\"" + photo + "\"");
        assertThat(page(location, data.user(staff))).contains(thumbnail);
        for (long reader : new long[] {resident, staff}) {
            mvc.perform(get(photo).with(user(data.user(reader)))).andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", "image/jpeg"))
                    .andExpect(header().string("Cache-Control", "no-store, private"));
        }
        mvc.perform(get(thumbnail).with(user(data.user(resident)))).andExpect(status().isOk());
        for (long outsider : new long[] {neighbour, staffElsewhere}) {
            mvc.perform(get(photo).with(user(data.user(outsider)))).andExpect(status().isNotFound());
            mvc.perform(get(location).with(user(data.user(outsider)))).andExpect(status().isNotFound());
        }
        mvc.perform(get(photo)).andExpect(status().is3xxRedirection());
        // a photo of another request, asked through this one: not found
        long other = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        String otherLocation = mvc.perform(newRequest(other, "Autre " + subject, "Texte.", png("c")))
                .andReturn().getResponse().getRedirectedUrl();
        String otherName = jdbc.queryForObject("select file_name from request_photo where request_id = ?",
                String.class, Long.parseLong(otherLocation.substring("/demandes/".length())));
        mvc.perform(get(location + "/photos/" + otherName).with(user(data.user(resident))))
                .andExpect(status().isNotFound());

        // in the thread: the resident adds one; staff attach one to an answer and one to a note the resident never sees
        mvc.perform(message(location, resident, "Et la sonnette.", png("d"))).andExpect(status().is3xxRedirection());
        mvc.perform(message(location, staff, "Le réparateur passe.", png("e"))).andExpect(status().is3xxRedirection());
        mvc.perform(message("/admin/demandes/" + id + "/note", staff, "Devis joint.", png("f")))
                .andExpect(status().is3xxRedirection());
        List<String> all = jdbc.queryForList("select file_name from request_photo where request_id = ? order by id",
                String.class, id);
        assertThat(all).hasSize(5);
        String notePhoto = location + "/photos/" + all.get(4);
        mvc.perform(get(location + "/photos/" + all.get(3)).with(user(data.user(resident)))).andExpect(status().isOk());
        mvc.perform(get(notePhoto).with(user(data.user(resident)))).andExpect(status().isNotFound());
        mvc.perform(get(notePhoto).with(user(data.user(staff)))).andExpect(status().isOk());
        assertThat(page(location, data.user(resident))).doesNotContain(all.get(4).replace(".jpg", ""));
        assertThat(page(location, data.user(staff))).contains(Photos.thumbnailName(all.get(4)));
    }

    @Test
    void aRefusedPhotoIsExplainedAndWhatWasTypedIsKept() throws Exception {
        long neighbourhood = data.neighbourhoodSomewhereIn(data.territory(), -60, 60, -40, 40);
        long resident = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        String subject = "Porte du local velos " + TestData.unique("r");
        int before = jdbc.queryForObject("select count(*) from staff_request where resident_id = ?", Integer.class,
                resident);

        String tooMany = body(mvc.perform(newRequest(resident, subject, "Cinq photos jointes.", png("1"), png("2"),
                        png("3"), png("4"), png("5")))
                .andExpect(status().is4xxClientError()).andReturn().getResponse().getContentAsByteArray());
        assertThat(tooMany).contains("4 photos par message au plus.").contains("value=\"" + subject + "\"")
                .contains("Cinq photos jointes.");
        MockMultipartFile text = new MockMultipartFile("photos", "notes.png", "image/png",
                "pas une image".getBytes(StandardCharsets.UTF_8));
        String notAnImage = body(mvc.perform(newRequest(resident, subject, "Un texte deguise.", text))
                .andExpect(status().is4xxClientError()).andReturn().getResponse().getContentAsByteArray());
        assertThat(notAnImage).contains("value=\"" + subject + "\"").contains("Un texte deguise.")
                .contains("field--error");
        assertThat(jdbc.queryForObject("select count(*) from staff_request where resident_id = ?", Integer.class,
                resident)).as("nothing saved").isEqualTo(before);

        // in the thread too: the message comes back typed
        String location = mvc.perform(newRequest(resident, subject, "Sans photo.")).andReturn().getResponse()
                .getRedirectedUrl();
        String refused = body(mvc.perform(message(location, resident, "Ma reponse gardee.", png("1"), png("2"),
                        png("3"), png("4"), png("5")))
                .andExpect(status().is4xxClientError()).andReturn().getResponse().getContentAsByteArray());
        assertThat(refused).contains("4 photos par message au plus.").contains("Ma reponse gardee.");
    }

    @Test
    void theResidentsPhotosAreInTheirExportAndGoWithTheirAccount() throws Exception {
        long neighbourhood = data.neighbourhoodSomewhereIn(data.territory(), -60, 60, -40, 40);
        long resident = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        long staff = data.resident("STAFF", "VERIFIED", null, null);
        String location = mvc.perform(newRequest(resident, "Fuite " + TestData.unique("r"), "Photo.", png("a")))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(message(location, staff, "Vu, photo du compteur.", png("b"))).andExpect(status().is3xxRedirection());
        long id = Long.parseLong(location.substring("/demandes/".length()));
        String mine = jdbc.queryForObject("select file_name from request_photo where uploader_id = ?", String.class,
                resident);

        assertThat(personalData.photos(resident)).containsExactly(mine);
        assertThat(personalData.data(resident).toString()).contains(mine);
        assertThat(personalData.photos(staff)).doesNotContain(mine);

        erasure.eraseOwn(resident, "secret-password");
        assertThat(jdbc.queryForObject("select count(*) from request_photo where uploader_id = ?", Integer.class,
                resident)).isZero();
        assertThat(photos.open(mine)).as("the file is gone").isEmpty();
        assertThat(photos.open(Photos.thumbnailName(mine))).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from request_photo where request_id = ?", Integer.class, id))
                .as("staff's photo stays with the request").isEqualTo(1);
    }

    private MockMultipartHttpServletRequestBuilder newRequest(long resident, String subject, String text,
            MockMultipartFile... files) {
        MockMultipartHttpServletRequestBuilder request = multipart("/demandes/nouvelle");
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        request.param("category", "REPAIR").param("subject", subject).param("body", text)
                .with(csrf()).with(user(data.user(resident)));
        return request;
    }

    private MockMultipartHttpServletRequestBuilder message(String path, long author, String text,
            MockMultipartFile... files) {
        MockMultipartHttpServletRequestBuilder request = multipart(path);
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        request.param("body", text).with(csrf()).with(user(data.user(author)));
        return request;
    }

    private static MockMultipartFile png(String name) throws Exception {
        return new MockMultipartFile("photos", name + ".png", "image/png", PhotosTests.image("png", 40, 30));
    }

    private String page(String path, UserDetails who) throws Exception {
        return body(mvc.perform(get(path).with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray());
    }

    private static String body(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

}
