package org.voisinage.challenge;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ChallengeRepository extends JpaRepository<Challenge, Long> {

    /** The read API's batches, in id order (issue 16). */
    @Query("select c from Challenge c join fetch c.action where c.id > ?1 order by c.id")
    List<Challenge> findAfter(long id, org.springframework.data.domain.Limit limit);

    /** The row locked for the rest of the transaction: pledges on one challenge take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Challenge c where c.id = ?1")
    Optional<Challenge> lock(long id);

    @Query("select c from Challenge c join fetch c.action where c.id = ?1")
    Optional<Challenge> findWithAction(long id);

    @Query("select c.id from Challenge c where c.state = org.voisinage.challenge.ChallengeState.OPEN and c.deadline < ?1")
    List<Long> overdue(LocalDate today);

    @Query("select c from Challenge c join fetch c.action order by c.id desc")
    List<Challenge> findAllForStaff();

    /** {@link #findAllForStaff} for staff limited to some territories. */
    @Query("select c from Challenge c join fetch c.action where c.territoryId in :territories order by c.id desc")
    List<Challenge> findAllForStaffIn(Collection<Long> territories);

    /**
     * The members-only territories a viewer reads nothing of ({@code shutOut}) are one array parameter, not an
     * {@code in} list: Hibernate keeps no translated plan of a query with a list parameter, and the home page asks this
     * on every request.
     */
    String SCOPE = """
            (:theme is null or a.theme = :theme) and c.hidden.hiddenAt is null
              and (:everywhere = true or c.neighbourhoodId = :neighbourhoodId
                   or (c.neighbourhoodId is null and c.territoryId = :territoryId))
              and not array_contains(:shutOut, c.territoryId)""";

    String LISTING = "where c.state in :states and " + SCOPE;

    String BY_CLOSENESS = " order by (c.onlinePledges + c.offlinePledges) * 1.0 / c.goal desc, c.id";

    @Query(value = "select c from Challenge c join fetch c.action a " + LISTING + BY_CLOSENESS,
            countQuery = "select count(c) from Challenge c join c.action a " + LISTING)
    Page<Challenge> listByCloseness(Collection<ChallengeState> states, Theme theme, boolean everywhere,
            Long neighbourhoodId, Long territoryId, Long[] shutOut, Pageable pageable);

    /**
     * The first of {@link #listByCloseness} in one state, without counting them all (a list, not a page; the home
     * page's). One state rather than a list of them: Hibernate does not keep the translated plan of a query with a
     * list parameter.
     */
    @Query("select c from Challenge c join fetch c.action a where c.state = :state and " + SCOPE + BY_CLOSENESS)
    List<Challenge> firstByCloseness(ChallengeState state, Theme theme, boolean everywhere,
            Long neighbourhoodId, Long territoryId, Long[] shutOut, Pageable pageable);

    @Query(value = "select c from Challenge c join fetch c.action a " + LISTING + " order by c.deadline, c.id",
            countQuery = "select count(c) from Challenge c join c.action a " + LISTING)
    Page<Challenge> listByDeadline(Collection<ChallengeState> states, Theme theme, boolean everywhere,
            Long neighbourhoodId, Long territoryId, Long[] shutOut, Pageable pageable);
}
