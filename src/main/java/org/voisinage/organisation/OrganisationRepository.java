package org.voisinage.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findBySlug(String slug);

    boolean existsBySlug(String slug);

    @Query("select o from Organisation o where :residentId member of o.members order by o.name")
    List<Organisation> findByMember(long residentId);

    @Query("select o from Organisation o where o.id in :ids")
    List<Organisation> findByIdIn(Collection<Long> ids);
}
