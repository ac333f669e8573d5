package org.voisinage.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    /** The read API's batches, in id order (issue 16). */
    java.util.List<Organisation> findByIdGreaterThanOrderByIdAsc(Long id, org.springframework.data.domain.Limit limit);

    Optional<Organisation> findBySlug(String slug);

    boolean existsBySlug(String slug);

    @Query("select o from Organisation o where :residentId member of o.members order by o.name")
    List<Organisation> findByMember(long residentId);

    @Query("select o from Organisation o where o.id in :ids")
    List<Organisation> findByIdIn(Collection<Long> ids);

    /**
     * The public directory: visible organisations, optionally of one kind, of one neighbourhood (with the
     * territory-wide ones of its territory), whose lower-case name matches {@code pattern}
     * ({@link org.voisinage.common.LikePatterns#containing(String)}).
     */
    @Query("""
            select o from Organisation o where o.hidden.hiddenAt is null
            and (:kind is null or o.kind = :kind)
            and (:neighbourhoodId is null or o.neighbourhoodId = :neighbourhoodId
                 or (o.neighbourhoodId is null and o.territoryId = :territoryId))
            and lower(o.name) like :pattern escape '\\' and o.territoryId not in :shutOut""")
    Page<Organisation> search(OrganisationKind kind, Long neighbourhoodId, Long territoryId, String pattern,
            Collection<Long> shutOut, Pageable pageable);

    /** Staff list: every organisation, hidden ones too, whose lower-case name matches {@code pattern}. */
    @Query("select o from Organisation o where lower(o.name) like :pattern escape '\\'")
    Page<Organisation> searchAll(String pattern, Pageable pageable);

    /** {@link #searchAll} for staff limited to some territories: those of these territories. */
    @Query("select o from Organisation o where o.territoryId in :territories and lower(o.name) like :pattern escape '\\'")
    Page<Organisation> searchIn(Collection<Long> territories, String pattern, Pageable pageable);
}
