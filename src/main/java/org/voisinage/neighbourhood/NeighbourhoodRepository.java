package org.voisinage.neighbourhood;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NeighbourhoodRepository extends JpaRepository<Neighbourhood, Long> {

    @EntityGraph(attributePaths = "territory")
    Optional<Neighbourhood> findBySlug(String slug);

    @EntityGraph(attributePaths = "territory")
    List<Neighbourhood> findAllByOrderByTerritoryNameAscNameAsc();

    @EntityGraph(attributePaths = "territory")
    List<Neighbourhood> findByTerritoryIdOrderByNameAsc(long territoryId);

    boolean existsBySlug(String slug);

    boolean existsBySlugAndIdNot(String slug, long id);

    /**
     * The perimeters containing a point (x = longitude, y = latitude). The GiST polygon index cannot answer
     * {@code polygon @> point} by itself (that operator is not in its operator class), so the index first
     * finds the perimeters overlapping the point as a degenerate polygon, then the exact test filters them.
     */
    String CONTAINING = "select id from neighbourhood"
            + " where perimeter && polygon(box(point(:longitude, :latitude), point(:longitude, :latitude)))"
            + " and perimeter @> point(:longitude, :latitude) order by id";

    @Query(value = CONTAINING, nativeQuery = true)
    List<Long> findIdsContaining(double longitude, double latitude);
}
