package org.voisinage.organisation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

    boolean existsByResidentIdAndOrganisationId(long residentId, long organisationId);

    boolean existsByResidentIdAndProfessionalId(long residentId, long professionalId);

    @Query("select count(r) from Recommendation r where r.organisationId = ?1 and r.hidden.hiddenAt is null")
    long countByOrganisationIdAndHiddenAtIsNull(long organisationId);

    @Query("select count(r) from Recommendation r where r.professionalId = ?1 and r.hidden.hiddenAt is null")
    long countByProfessionalIdAndHiddenAtIsNull(long professionalId);

    /** Visible recommendation counts of several organisations at once: rows of (organisation id, count). */
    @Query("""
            select r.organisationId, count(r) from Recommendation r
            where r.organisationId in :organisationIds and r.hidden.hiddenAt is null group by r.organisationId""")
    List<Object[]> countByOrganisation(Collection<Long> organisationIds);

    /** What a page lists: the visible ones, and the hidden ones of the viewer (who sees why), newest first. */
    @Query("""
            select r from Recommendation r where r.organisationId = :organisationId
            and (r.hidden.hiddenAt is null or r.residentId = :viewerId or :moderator = true) order by r.createdAt desc, r.id desc""")
    List<Recommendation> findForOrganisationPage(long organisationId, long viewerId, boolean moderator);

    @Query("""
            select r from Recommendation r where r.professionalId = :professionalId
            and (r.hidden.hiddenAt is null or r.residentId = :viewerId or :moderator = true) order by r.createdAt desc, r.id desc""")
    List<Recommendation> findForProfessionalPage(long professionalId, long viewerId, boolean moderator);
}
