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

    @EntityGraph(attributePaths = "territory")
    List<Neighbourhood> findByIdIn(java.util.Collection<Long> ids);

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

    /**
     * Neighbourhoods whose centre lies within {@code km} of the given one's (itself included, at 0 km), nearest
     * first. Centres are the perimeters' centres ({@code point(polygon)}); earthdistance's {@code <@>} answers in
     * statute miles on (longitude, latitude) points. A few hundred neighbourhoods at most: no index needed.
     */
    @Query(value = """
            select other.id as id, (point(other.perimeter) <@> point(origin.perimeter)) * 1.609344 as km
            from neighbourhood origin, neighbourhood other
            where origin.id = :id and (point(other.perimeter) <@> point(origin.perimeter)) * 1.609344 <= :km
            order by km, other.id""", nativeQuery = true)
    List<DistanceRow> findWithin(long id, double km);

    /** The centre of a neighbourhood's perimeter, as (longitude, latitude). */
    @Query(value = "select (point(perimeter))[0] as longitude, (point(perimeter))[1] as latitude from neighbourhood"
            + " where id = :id", nativeQuery = true)
    Optional<CentreRow> findCentre(long id);

    interface DistanceRow {
        long getId();

        double getKm();
    }

    interface CentreRow {
        double getLongitude();

        double getLatitude();
    }
}
