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

    /** The perimeters containing a point (x = longitude, y = latitude); the GiST index answers it. */
    @Query(value = "select id from neighbourhood where perimeter @> point(:longitude, :latitude) order by id",
            nativeQuery = true)
    List<Long> findIdsContaining(double longitude, double latitude);
}
