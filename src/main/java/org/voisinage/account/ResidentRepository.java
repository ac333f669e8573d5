package org.voisinage.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ResidentRepository extends JpaRepository<Resident, Long> {

    Optional<Resident> findByEmail(String email);

    /**
     * With the neighbourhoods they moderate and the territories a member of staff is limited to, in one statement
     * (viewers, email recipients: no query per resident). Both sets are small and rarely both filled, so the join
     * multiplies nothing much.
     */
    @Query("""
            select distinct r from Resident r left join fetch r.moderatedNeighbourhoods
            left join fetch r.staffTerritories where r.id in :ids""")
    List<Resident> findAllWithModeratedNeighbourhoods(java.util.Collection<Long> ids);

    /**
     * {@link #findAllWithModeratedNeighbourhoods} for one person (every signed-in page reads its viewer): Hibernate
     * keeps the translated plan of a query without a list parameter, and translates one with a list on every call.
     */
    @Query("""
            select distinct r from Resident r left join fetch r.moderatedNeighbourhoods
            left join fetch r.staffTerritories where r.id = :id""")
    Optional<Resident> findWithModeratedNeighbourhoods(long id);

    boolean existsByEmail(String email);

    boolean existsByRole(Role role);

    List<Resident> findByRoleIn(java.util.Collection<Role> roles);

    /** Verified accounts in one dwelling: the address and the flat compared by their key (SQL dwelling_key, V180). */
    @Query(value = """
            select count(*) from resident where address_id = :addressId and status = 'VERIFIED'
            and dwelling_key(flat) = dwelling_key(:flat)""", nativeQuery = true)
    long countVerifiedInDwelling(String addressId, String flat);

    /** The same, row-locked: two verifications in one dwelling cannot both pass the cap. */
    @Query(value = """
            select id from resident where address_id = :addressId and status = 'VERIFIED'
            and dwelling_key(flat) = dwelling_key(:flat) for update""", nativeQuery = true)
    List<Long> lockVerifiedInDwelling(String addressId, String flat);

    @Query("""
            select r from Resident r where r.status = 'PENDING'
            and (:neighbourhoodId is null or r.neighbourhoodId = :neighbourhoodId) order by r.createdAt""")
    List<Resident> findPending(Long neighbourhoodId);

    @Query("""
            select r from Resident r
            where lower(r.email) like :pattern escape '\\' or lower(r.displayName) like :pattern escape '\\'""")
    Page<Resident> search(String pattern, Pageable pageable);

    /** {@link #search} among the residents of these neighbourhoods (a territory-limited staff member's). */
    @Query("""
            select r from Resident r
            where r.neighbourhoodId in :neighbourhoods
              and (lower(r.email) like :pattern escape '\\' or lower(r.displayName) like :pattern escape '\\')""")
    Page<Resident> searchIn(String pattern, java.util.Collection<Long> neighbourhoods, Pageable pageable);

    /** The staff dashboard's numbers in one statement. */
    interface StatsRow {
        long getPending();
        long getVerified();
        long getRejected();
        long getWaitlisted();
    }

    // from the counts the trigger of V340 keeps per neighbourhood and status, not by counting 50,000 residents
    @Query(nativeQuery = true, value = """
            select cast(coalesce(sum(residents) filter (where status = 'PENDING'), 0) as bigint) as pending,
                   cast(coalesce(sum(residents) filter (where status = 'VERIFIED'), 0) as bigint) as verified,
                   cast(coalesce(sum(residents) filter (where status = 'REJECTED'), 0) as bigint) as rejected,
                   (select count(*) from waitlist_entry) as waitlisted
            from resident_status_count""")
    StatsRow stats();

    /** {@link #stats} of these neighbourhoods' residents (a territory-limited staff member's): no waiting list. */
    @Query(nativeQuery = true, value = """
            select cast(coalesce(sum(residents) filter (where status = 'PENDING'), 0) as bigint) as pending,
                   cast(coalesce(sum(residents) filter (where status = 'VERIFIED'), 0) as bigint) as verified,
                   cast(coalesce(sum(residents) filter (where status = 'REJECTED'), 0) as bigint) as rejected,
                   0 as waitlisted
            from resident_status_count where neighbourhood_id in (:neighbourhoods)""")
    StatsRow statsIn(java.util.Collection<Long> neighbourhoods);

    List<Resident> findByStatusAndMemberNumberIn(ResidentStatus status, java.util.Collection<String> memberNumbers);

    /** The directory addresses where verified members of the neighbourhood live: its buildings' entrances. */
    @Query(nativeQuery = true, value = """
            select distinct address_id from resident
            where neighbourhood_id = :neighbourhoodId and status = 'VERIFIED' and address_id is not null""")
    List<String> findVerifiedAddresses(long neighbourhoodId);

    /**
     * The neighbourhood's residents of this status. count(*) rather than the derived query's count(id): the
     * (neighbourhood_id, status) index then answers alone, without reading the 2,500 rows of a big neighbourhood
     * (14 pages read instead of 1,800).
     */
    @Query("select count(*) from Resident r where r.neighbourhoodId = :neighbourhoodId and r.status = :status")
    long countByNeighbourhoodIdAndStatus(Long neighbourhoodId, ResidentStatus status);

    List<Resident> findByNeighbourhoodIdAndStatusOrderByDisplayNameAsc(Long neighbourhoodId, ResidentStatus status);

    List<Resident> findByNeighbourhoodIdAndStatusAndIdInOrderByDisplayNameAsc(Long neighbourhoodId,
            ResidentStatus status, java.util.Collection<Long> ids);

    @Query("""
            select r from Resident r where r.status = :status
            and (:neighbourhoodId is null or r.neighbourhoodId = :neighbourhoodId) order by r.createdAt""")
    List<Resident> findByStatus(ResidentStatus status, Long neighbourhoodId);
}
