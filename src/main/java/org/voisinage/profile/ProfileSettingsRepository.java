package org.voisinage.profile;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProfileSettingsRepository extends JpaRepository<ProfileSettings, Long> {

    List<ProfileSettings> findByResidentIdInAndListedTrue(Collection<Long> residentIds);
}
