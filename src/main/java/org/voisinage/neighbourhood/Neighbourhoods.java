package org.voisinage.neighbourhood;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.cache.annotation.CacheConfig;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;
import org.voisinage.neighbourhood.internal.GeoJsonPerimeters;
import org.voisinage.neighbourhood.internal.PerimeterSvg;

/**
 * The neighbourhood module's API for other modules: lookups by slug, id and position. Every page reads them, staff
 * seldom change them: they are cached ({@link #CACHE}, evicted by {@link TerritoryAdministration}'s writes, and
 * expiring soon after for the other instances, see config.CachingConfiguration). Keys start with the method's name.
 */
@Service
@Transactional(readOnly = true)
@CacheConfig(cacheNames = Neighbourhoods.CACHE)
public class Neighbourhoods {

    /** The module's one cache: neighbourhoods, territories and their perimeters' derived data. */
    static final String CACHE = "neighbourhoods";

    private final NeighbourhoodRepository neighbourhoods;
    private final TerritoryRepository territories;

    Neighbourhoods(NeighbourhoodRepository neighbourhoods, TerritoryRepository territories) {
        this.neighbourhoods = neighbourhoods;
        this.territories = territories;
    }

    @Cacheable(key = "{#root.methodName, #id}")
    public NeighbourhoodSummary get(long id) {
        return neighbourhoods.findById(id).map(NeighbourhoodSummary::of)
                .orElseThrow(() -> new NotFoundException("neighbourhood", id));
    }

    @Cacheable(key = "{#root.methodName, #slug}")
    public NeighbourhoodSummary getBySlug(String slug) {
        return neighbourhoods.findBySlug(slug).map(NeighbourhoodSummary::of)
                .orElseThrow(() -> new NotFoundException("neighbourhood", slug));
    }

    /** Every neighbourhood, by territory name then name. */
    @Cacheable(key = "#root.methodName")
    public List<NeighbourhoodSummary> all() {
        return neighbourhoods.findAllByOrderByTerritoryNameAscNameAsc().stream().map(NeighbourhoodSummary::of).toList();
    }

    /** The neighbourhoods of a territory by name; none for an unknown territory. */
    @Cacheable(key = "{#root.methodName, #territoryId}")
    public List<NeighbourhoodSummary> allOfTerritory(long territoryId) {
        return neighbourhoods.findByTerritoryIdOrderByNameAsc(territoryId).stream().map(NeighbourhoodSummary::of)
                .toList();
    }

    /** Every territory by name. */
    @Cacheable(key = "#root.methodName")
    public List<TerritorySummary> territories() {
        return territories.findAllByOrderByNameAsc().stream().map(TerritorySummary::of).toList();
    }

    /**
     * Whether the neighbourhood (or, with a null neighbourhood, the territory) belongs to a members-only territory:
     * anonymous visitors see nothing of it but its name and its sign-up. Every module's access policy asks.
     */
    @Cacheable(key = "{#root.methodName, #neighbourhoodId, #territoryId}")
    public boolean closedToVisitors(Long neighbourhoodId, Long territoryId) {
        if (neighbourhoodId != null) {
            return neighbourhoods.findById(neighbourhoodId).map(n -> NeighbourhoodSummary.of(n).membersOnly())
                    .orElse(false);
        }
        return territoryId != null && territories.findById(territoryId).map(Territory::isMembersOnly).orElse(false);
    }

    /**
     * The members-only territory this neighbourhood (or, with a null neighbourhood, this territory) belongs to; empty
     * when it is open to visitors. Access policies shut out whoever is not a member of it nor its staff
     * ({@code Viewer.isMemberOfTerritory}).
     */
    @Cacheable(key = "{#root.methodName, #neighbourhoodId, #territoryId}")
    public Optional<Long> membersOnlyTerritory(Long neighbourhoodId, Long territoryId) {
        Long territory = neighbourhoodId != null
                ? neighbourhoods.findById(neighbourhoodId).map(n -> NeighbourhoodSummary.of(n).territoryId()).orElse(null)
                : territoryId;
        return territory == null ? Optional.empty()
                : territories.findById(territory).filter(Territory::isMembersOnly).map(Territory::getId);
    }

    /**
     * The members-only territories: lists of everything leave out those of them their viewer is not a member of
     * (in SQL, {@code territory_id not in ...}).
     */
    @Cacheable(key = "#root.methodName")
    public java.util.Set<Long> membersOnlyTerritories() {
        return territories.findAllByOrderByNameAsc().stream().filter(Territory::isMembersOnly).map(Territory::getId)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Cacheable(key = "{#root.methodName, #id}")
    public TerritorySummary territory(long id) {
        return territories.findById(id).map(TerritorySummary::of)
                .orElseThrow(() -> new NotFoundException("territory", id));
    }

    /** The territory of this slug (its public pages' address). */
    @Cacheable(key = "{#root.methodName, #slug}")
    public TerritorySummary territoryBySlug(String slug) {
        return territories.findBySlug(slug).map(TerritorySummary::of)
                .orElseThrow(() -> new NotFoundException("territory", slug));
    }

    /** Every territory by name, each with its neighbourhoods by name (territories without any included). */
    @Cacheable(key = "#root.methodName")
    public List<TerritoryWithNeighbourhoods> territoriesWithNeighbourhoods() {
        Map<Long, List<NeighbourhoodSummary>> byTerritory = all().stream()
                .collect(Collectors.groupingBy(NeighbourhoodSummary::territoryId));
        return territories().stream()
                .map(t -> new TerritoryWithNeighbourhoods(t, byTerritory.getOrDefault(t.id(), List.of())))
                .toList();
    }

    /**
     * {@link #territoriesWithNeighbourhoods} of the territories a member of staff works in (their
     * {@code Viewer::staffOf}): the places an admin form offers them.
     */
    public List<TerritoryWithNeighbourhoods> territoriesWithNeighbourhoods(
            java.util.function.Predicate<Long> staffOfTerritory) {
        return territoriesWithNeighbourhoods().stream().filter(t -> staffOfTerritory.test(t.territory().id())).toList();
    }

    /** The neighbourhood whose perimeter contains the point; when perimeters overlap, the oldest wins. */
    public Optional<NeighbourhoodSummary> containing(double longitude, double latitude) {
        return neighbourhoods.findIdsContaining(longitude, latitude).stream().findFirst().map(this::get);
    }

    /**
     * The neighbourhoods within {@code km} of this one, centre to centre, nearest first, this one first (0 km).
     * Feeds and listings "within 1, 3, 10 km" use it, then filter their own rows by these ids in SQL.
     */
    @Cacheable(key = "{#root.methodName, #neighbourhoodId, #km}")
    public List<NearbyNeighbourhood> within(long neighbourhoodId, double km) {
        var rows = neighbourhoods.findWithin(neighbourhoodId, km);
        Map<Long, Neighbourhood> byId = neighbourhoods.findByIdIn(rows.stream().map(r -> r.getId()).toList()).stream()
                .collect(Collectors.toMap(Neighbourhood::getId, n -> n));
        return rows.stream().filter(r -> byId.containsKey(r.getId()))
                .map(r -> new NearbyNeighbourhood(NeighbourhoodSummary.of(byId.get(r.getId())), r.getKm()))
                .toList();
    }

    /** The centre of the neighbourhood's perimeter (longitude, latitude), for distances to places without one. */
    @Cacheable(key = "{#root.methodName, #neighbourhoodId}")
    public Optional<double[]> centre(long neighbourhoodId) {
        return neighbourhoods.findCentre(neighbourhoodId)
                .map(c -> new double[] {c.getLongitude(), c.getLatitude()});
    }

    /** The neighbourhood's perimeter drawn as SVG; empty if what is stored cannot be drawn. */
    @Cacheable(key = "{#root.methodName, #id}")
    public Optional<PerimeterPreview> perimeterPreview(long id) {
        Neighbourhood neighbourhood = neighbourhoods.findById(id)
                .orElseThrow(() -> new NotFoundException("neighbourhood", id));
        try {
            return Optional.of(PerimeterSvg.preview(GeoJsonPerimeters.parse(neighbourhood.getPerimeterGeoJson())));
        } catch (Refusal e) {
            // rows written before perimeters were checked (or by hand) are shown without a drawing
            return Optional.empty();
        }
    }
}
