package org.voisinage.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.voisinage.messaging.MessagingTestConfiguration;
import org.voisinage.messaging.MessagingTestConfiguration.Places;

/**
 * A profile is moderated by its resident's id, whether they ever saved settings or not: hiding one who never did saves
 * their settings hidden, and restoring shows the texts again.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MessagingTestConfiguration.class)
class ProfileModerationTests {

    @Autowired ProfileModeration moderation;
    @Autowired Places places;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aProfileWithoutSettingsIsHiddenAndRestored() {
        long owner = places.create().settledResident();
        assertThat(moderation.snapshot(owner).orElseThrow().hidden()).isFalse();

        moderation.hide(owner, "Données personnelles");
        assertThat(moderation.snapshot(owner).orElseThrow().hidden()).isTrue();
        assertThat(jdbc.queryForObject("select hidden_reason from profile_settings where resident_id = ? "
                + "and hidden_at is not null", String.class, owner)).isEqualTo("Données personnelles");

        moderation.restore(owner);
        assertThat(moderation.snapshot(owner).orElseThrow().hidden()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from profile_settings where resident_id = ? "
                + "and hidden_at is null and hidden_reason is null", Long.class, owner)).isEqualTo(1);
    }
}
