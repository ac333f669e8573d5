package org.voisinage.profile;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProfileSettingsRepository extends JpaRepository<ProfileSettings, Long> {

    /** Everyone who chose to be listed: an opt-in, so far fewer than a neighbourhood's members. */
    List<ProfileSettings> findByListedTrue();
}
